## undersign — हिंदी कैटलॉग। लोग जो भी पाठ पढ़ते हैं, वह सब यहाँ है।

site-name = undersign
site-tagline = मज़दूर संगठनों के एकजुटता पत्र और याचिकाएँ
skip-to-content = सीधे मुख्य सामग्री पर जाएँ
language-label = भाषा
footer-privacy = हम आपका ईमेल पता केवल आपके हस्ताक्षर की पुष्टि के लिए इस्तेमाल करते हैं, और अगर आप चाहें तो इस याचिका के बारे में आपको सूचना भेजने के लिए। आपका पता न कभी दिखाया जाता है, न किसी को सौंपा जाता है।
digit-group-separator = ,
optional = (वैकल्पिक)
back-to-petition = याचिका पर वापस जाएँ
back-to-index = सभी याचिकाएँ

## मुख्य पृष्ठ
index-heading = एकजुटता में हस्ताक्षर करें
index-intro = खनिकों और मज़दूर संगठनों के विरोध और एकजुटता के घोषणापत्र। व्यक्तिगत रूप से हस्ताक्षर करें या अपनी यूनियन, समिति या संगठन की ओर से; पुष्टि किए गए हस्ताक्षरों की सूची हम संबोधित पक्षों तक पहुँचाते हैं।
index-none-open = अभी कोई भी याचिका हस्ताक्षर के लिए खुली नहीं है।
index-open = हस्ताक्षर के लिए खुली
index-ended = बंद और सौंपी जा चुकी

## याचिका
addressed-to = सेवा में:
state-draft = मसौदा — सार्वजनिक नहीं
state-closed = बंद — अब हस्ताक्षर नहीं लिए जा रहे
state-delivered = संबोधित पक्षों को सौंप दी गई
signatures-label = { $count ->
    [one] हस्ताक्षर
   *[other] हस्ताक्षर
}
progress-label = लक्ष्य की ओर प्रगति
goal-of = लक्ष्य: { $goal }
counts-individuals = व्यक्ति
counts-organizations = संगठन
counts-members = प्रतिनिधित्व किए गए सदस्य
declaration-by = { $author } द्वारा जारी
declaration-excerpt = यह प्रकाशित घोषणापत्र का एक अंश है।
tally-heading = अब तक के हस्ताक्षर
delivered-on = { $date } को सौंपी गई।
closes-on = { $date } तक हस्ताक्षर के लिए खुली।
petition-not-open = इस याचिका पर हस्ताक्षर नहीं लिए जा रहे हैं।
sign-heading = इस घोषणापत्र पर हस्ताक्षर करें
sign-intro = हस्ताक्षर की पुष्टि के लिए हम आपको ईमेल पर एक लिंक भेजेंगे। केवल पुष्टि किए गए हस्ताक्षर ही गिने और सौंपे जाते हैं।
sign-as-individual = व्यक्तिगत रूप से हस्ताक्षर करें
sign-as-organization = संगठन की ओर से हस्ताक्षर करें
recent-heading = हाल के हस्ताक्षरकर्ता
recent-all = सभी सार्वजनिक हस्ताक्षरकर्ता देखें
share-heading = साझा करें
share-intro = यह लिंक कॉपी करें और अपने साथियों को भेजें:
share-email = ईमेल से भेजें
members-count = { $count ->
    [one] ({ $count } सदस्य)
   *[other] ({ $count } सदस्य)
}

## हस्ताक्षर फ़ॉर्म
field-name = पूरा नाम
field-contact-name = संपर्क व्यक्ति (पूरा नाम)
field-organization = संगठन का नाम
field-role = संपर्क व्यक्ति का पद
field-email = ईमेल पता
field-country = देश
field-country-choose = अपना देश चुनें
field-city = शहर या कस्बा
field-occupation = पेशा या कार्यस्थल
field-members = संगठन कितने सदस्यों का प्रतिनिधित्व करता है
field-comment = एकजुटता का संदेश
field-visibility = आपका नाम कौन देख सकता है?
visibility-public = सभी
visibility-public-hint = इस साइट की सार्वजनिक सूची में दिखाया जाएगा और पत्र के साथ प्राप्तकर्ताओं को सौंपा जाएगा।
visibility-addressees = केवल प्राप्तकर्ता
visibility-addressees-hint = पत्र के साथ प्राप्तकर्ताओं को सौंपा जाएगा, लेकिन इस साइट पर नहीं दिखाया जाएगा।
visibility-anonymous = कोई नहीं
visibility-anonymous-hint = गिनती में शामिल, लेकिन किसी को नहीं दिखाया जाएगा: प्राप्तकर्ताओं को केवल यह बताया जाएगा कि कितने लोगों ने बिना नाम के हस्ताक्षर किए।
visibility-only = यह याचिका केवल इसी तरह हस्ताक्षर लेती है:
field-updates = इस याचिका के बारे में मुझे ईमेल से सूचना दें (जैसे जब इसे सौंपा जाए)
field-website = इस फ़ील्ड को खाली छोड़ें
form-privacy = आपका ईमेल पता न कभी साइट पर दिखाया जाता है, न संबोधित पक्षों को सौंपा जाता है।
submit-individual = हस्ताक्षर करें
submit-organization = संगठन की ओर से हस्ताक्षर करें

notice-fix-fields = कृपया चिह्नित फ़ील्ड ठीक करें। अभी तक कुछ भी नहीं भेजा गया है।
notice-field-error = { $label }: { $error }
notice-try-again = फ़ॉर्म में कुछ गड़बड़ हो गई। कृपया अपना विवरण जाँचें और बटन फिर से दबाएँ।
notice-expired = यह फ़ॉर्म काफ़ी देर तक खुला रहा। आपका विवरण यहीं सुरक्षित है: कृपया बटन फिर से दबाएँ।
notice-rate-limited = इस समय आपके नेटवर्क से बहुत से लोग हस्ताक्षर कर रहे हैं। कृपया थोड़ा रुकें और बटन फिर से दबाएँ; आपका विवरण सुरक्षित रखा गया है।

label-kind = हस्ताक्षर का प्रकार
label-name = नाम
label-organization = संगठन
label-role = पद
label-email = ईमेल पता
label-country = देश
label-city = शहर या कस्बा
label-occupation = पेशा
label-members = सदस्य
label-comment = संदेश
label-visibility = आपका नाम कौन देख सकता है
label-updates = सूचनाएँ

err-required = कृपया इसे भरें।
err-too-long-120 = कृपया अधिकतम 120 अक्षर लिखें।
err-too-long-200 = कृपया अधिकतम 200 अक्षर लिखें।
err-too-long-254 = कृपया अधिकतम 254 अक्षर लिखें।
err-too-long-1000 = कृपया अधिकतम 1000 अक्षर लिखें।
err-control-chars = इसमें ऐसे अक्षर हैं जो यहाँ इस्तेमाल नहीं किए जा सकते (नई पंक्ति, टैब या अदृश्य नियंत्रण अक्षर)।
err-invisible-chars = इसमें ऐसे अदृश्य अक्षर हैं जो पाठ के दिखने का ढंग बदल देते हैं। कृपया इसे फिर से टाइप करें।
err-no-letters = इसमें कम से कम एक अक्षर या अंक होना चाहिए।
err-address = यहाँ वेब पता या ईमेल पता इस्तेमाल नहीं किया जा सकता।
err-invalid-visibility = कृपया दिए गए विकल्पों में से चुनें कि आपका नाम कौन देख सकता है।
err-invalid-email = कृपया name@example.org जैसा ईमेल पता लिखें।
err-invalid-country = कृपया सूची में से कोई देश चुनें।
err-invalid-number = कृपया पूर्ण संख्या लिखें, जैसे 250।
err-out-of-range = कृपया 0 से 10,00,00,000 (10 करोड़) के बीच की संख्या लिखें।
err-invalid-kind = कृपया चुनें कि आप व्यक्तिगत रूप से हस्ताक्षर कर रहे हैं या किसी संगठन की ओर से।
err-kind-not-accepted = इस याचिका पर इस प्रकार के हस्ताक्षर नहीं लिए जाते।

## हस्ताक्षर करने के बाद
thanks-heading = अपना ईमेल देखें
thanks-text = हमने आपको "{ $title }" के बारे में एक ईमेल भेजा है। उसे खोलें और उसमें दिया गया बटन दबाकर अपने हस्ताक्षर की पुष्टि करें। पुष्टि होने के बाद ही हस्ताक्षर गिना जाता है।
thanks-spam = कुछ मिनटों में ईमेल नहीं आया? अपना स्पैम या प्रमोशन फ़ोल्डर देखें। उसमें दिया गया लिंक एक हफ़्ते तक काम करता है।

## हस्ताक्षरकर्ता
signatories-heading = हस्ताक्षरकर्ता
signatories-public-count = { $count ->
    [one] { $count } हस्ताक्षरकर्ता ने सार्वजनिक सूची में अपना नाम दिखाने को कहा है।
   *[other] { $count } हस्ताक्षरकर्ताओं ने सार्वजनिक सूची में अपना नाम दिखाने को कहा है।
}
signatories-none = अभी तक सार्वजनिक सूची में किसी का नाम नहीं है।
pager-label = पृष्ठ
pager-previous = पिछला
pager-next = अगला
pager-position = { $pages } में से पृष्ठ { $page }

## ईमेल में दिए गए लिंक
confirm-heading = अपने हस्ताक्षर की पुष्टि करें
confirm-text = "{ $title }" पर अपने हस्ताक्षर की पुष्टि के लिए बटन दबाएँ।
confirm-button = मेरे हस्ताक्षर की पुष्टि करें
withdraw-heading = अपना हस्ताक्षर वापस लें
withdraw-text = "{ $title }" से अपना हस्ताक्षर वापस लेने के लिए बटन दबाएँ। आपका नाम और विवरण मिटा दिए जाएँगे।
withdraw-button = मेरा हस्ताक्षर वापस लें
confirmed-heading = धन्यवाद — आपका हस्ताक्षर गिन लिया गया है
confirmed-text = "{ $title }" पर आपके हस्ताक्षर की पुष्टि हो गई है। कृपया यह याचिका अपने साथियों के साथ साझा करें।
withdrawn-heading = आपका हस्ताक्षर वापस ले लिया गया है
withdrawn-text = "{ $title }" पर आपका हस्ताक्षर वापस ले लिया गया है और आपका विवरण मिटा दिया गया है।
inactive-heading = यह हस्ताक्षर अब सक्रिय नहीं है
inactive-text = "{ $title }" पर यह हस्ताक्षर वापस लिया जा चुका है या हटा दिया गया है। आप याचिका के पृष्ठ से फिर से हस्ताक्षर कर सकते हैं।
expired-heading = इस लिंक की अवधि समाप्त हो गई है
expired-text = "{ $title }" का लिंक अब मान्य नहीं है। कृपया फिर से हस्ताक्षर करें: इसमें एक मिनट लगता है, और हम आपको नया लिंक भेज देंगे।
closed-heading = यह याचिका बंद हो चुकी है
closed-text = "{ $title }" पर अब हस्ताक्षर नहीं लिए जा रहे। आपके समर्थन के लिए धन्यवाद।

## त्रुटियाँ
error-not-found-heading = पृष्ठ नहीं मिला
error-not-found-text = इस पते पर कुछ नहीं है। हो सकता है लिंक गलत टाइप हुआ हो या पुराना हो गया हो।
error-bad-request-heading = अनुरोध पढ़ा नहीं जा सका
error-bad-request-text = आपके ब्राउज़र ने कुछ ऐसा भेजा जिसे हम पढ़ नहीं सके। कृपया वापस जाएँ और फिर से कोशिश करें।
error-forbidden-heading = इस फ़ॉर्म की अवधि समाप्त हो गई है
error-forbidden-text = आपकी सुरक्षा के लिए यह फ़ॉर्म अस्वीकार कर दिया गया: या तो इसमें आपके सत्र का टोकन नहीं था, या यह किसी दूसरी साइट से आया था। वापस जाएँ, पृष्ठ को फिर से लोड करें और दोबारा कोशिश करें।
error-too-large-heading = पाठ बहुत लंबा है
error-too-large-text = भेजा गया फ़ॉर्म बहुत बड़ा था। कृपया अपना संदेश छोटा करें और फिर से कोशिश करें।
error-unsupported-type-heading = अनुरोध पढ़ा नहीं जा सका
error-unsupported-type-text = कृपया याचिका के पृष्ठ पर दिया गया फ़ॉर्म इस्तेमाल करें।
error-rate-limited-heading = कृपया थोड़ा रुकें
error-rate-limited-text = इस समय आपके नेटवर्क से बहुत सारे अनुरोध आ रहे हैं। कृपया एक मिनट बाद फिर से कोशिश करें।
error-unavailable-heading = अस्थायी रूप से उपलब्ध नहीं
error-unavailable-text = सेवा अभी जवाब नहीं दे पा रही है। कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-internal-heading = हमारी ओर से कुछ गड़बड़ हो गई
error-internal-text = यह आपकी किसी गलती से नहीं हुआ। कृपया कुछ मिनट बाद फिर से कोशिश करें।

## ईमेल
email-confirm-subject = कृपया अपने हस्ताक्षर की पुष्टि करें: { $title }
email-confirm-intro = "{ $title }" पर हस्ताक्षर करने के लिए धन्यवाद।
email-signed-as = हस्ताक्षर, ठीक वैसा ही जैसा फ़ॉर्म में लिखा गया:
email-confirm-action = अपने हस्ताक्षर की पुष्टि के लिए यह लिंक खोलें और बटन दबाएँ:
email-confirm-button = मेरे हस्ताक्षर की पुष्टि करें
email-valid-for = यह लिंक { $hours } घंटे तक काम करेगा।
email-withdraw-line = अगर आपका इरादा बदल जाए, तो आप यहाँ अपना हस्ताक्षर वापस ले सकते हैं:
email-confirm-ignore = अगर आपने हस्ताक्षर नहीं किया है, तो इस ईमेल को अनदेखा करें: कुछ भी नहीं गिना जाएगा, और आपका पता मिटा दिया जाएगा।
email-already-subject = आप पहले ही हस्ताक्षर कर चुके हैं: { $title }
email-already-intro = किसी ने (शायद आपने ही) इस पते से "{ $title }" पर हस्ताक्षर भेजा। आपके हस्ताक्षर की पुष्टि पहले ही हो चुकी है और वह गिना जा रहा है: अब और कुछ करने की ज़रूरत नहीं है।
email-already-ignore = आपको कुछ भी करने की ज़रूरत नहीं है। यह संदेश हम दिन में कुछ बार से ज़्यादा नहीं भेजेंगे।

# A declaration in several languages
declaration-versions = यह घोषणापत्र इन भाषाओं में पढ़ें:
declaration-translated = यह अनुवाद है। मूल भाषा: { $language }।
declaration-untranslated = इस घोषणापत्र का अभी इस भाषा में अनुवाद नहीं हुआ है। मूल भाषा: { $language }।
email-update-why = आपको यह ईमेल इसलिए मिला है क्योंकि आपने "{ $title }" पर हस्ताक्षर किए थे और इसके बारे में सूचना माँगी थी:
email-unsubscribe-line = इस याचिका के बारे में आगे कोई सूचना न पाने के लिए (आपका हस्ताक्षर गिना जाता रहेगा):
email-delivered-subject = याचिका सौंपी गई: { $title }
email-delivered-intro = याचिका "{ $title }" { $date } को संबोधित पक्षों को सौंप दी गई। इस पर हस्ताक्षर करने के लिए धन्यवाद।
email-delivered-note = आयोजकों ने लिखा है:
unsubscribe-title = इस याचिका की सूचनाएँ बंद करें
unsubscribe-lead = "{ $title }" के बारे में आगे कोई सूचना न पाने के लिए बटन दबाएँ। आपका हस्ताक्षर गिना जाता रहेगा।
unsubscribe-button = सूचनाएँ बंद करें
unsubscribe-done-title = सूचनाएँ बंद हो गईं
unsubscribe-done = अब आपको "{ $title }" के बारे में कोई सूचना नहीं मिलेगी। आपका हस्ताक्षर गिना जाता रहेगा; उसे वापस लेने के लिए हमारे भेजे किसी भी ईमेल में दिया गया लिंक इस्तेमाल करें।

## प्रिंट की गई हस्ताक्षर शीटें
sheet-doc-title = हस्ताक्षर शीटें: { $title }
sheet-print-hint = A4 पर प्रिंट करें, हर पृष्ठ पर एक शीट (या PDF के रूप में सहेजें)। हर शीट का अपना नंबर है।
sheet-number = शीट नं. { $number }
sheet-text-version = पाठ का संस्करण { $sha }
sheet-to = सेवा में: { $addressees }
sheet-from = प्रेषक: { $author }
sheet-names-not-delivered = आपका नाम न प्रकाशित किया जाएगा, न संबोधित पक्षों को दिया जाएगा: उन्हें केवल हस्ताक्षरों की संख्या बताई जाएगी।
sheet-names-delivered-publish-tick = आपका नाम संबोधित पक्षों को सौंपा जाएगा। ऑनलाइन यह तभी प्रकाशित होगा जब आप खाने में निशान लगाएँगे।
sheet-names-delivered-not-published = आपका नाम संबोधित पक्षों को सौंपा जाएगा। इसे ऑनलाइन प्रकाशित नहीं किया जाएगा।
sheet-collected-by = हस्ताक्षर इकट्ठा करने वाले:
sheet-place-date = स्थान और तारीख़:
sheet-col-name = नाम
sheet-col-city = शहर
sheet-col-occupation = पेशा या संगठन
sheet-col-publish = मेरा नाम प्रकाशित करें
sheet-col-signature = हस्ताक्षर
sheet-footer = शीट { $number }, { $at } को प्रिंट की गई। पूरा पाठ पढ़ने या ऑनलाइन हस्ताक्षर करने के लिए ऊपर दिया गया पता देखें।
err-invalid-date = कृपया 2026-12-01 जैसी तारीख़ लिखें।
err-date-future = यह तारीख़ भविष्य की है।
signatory-verified = ✓ आयोजकों द्वारा सत्यापित
signatories-past-end = ऐसा कोई पृष्ठ नहीं है: सूची में कुल { $pages ->
    [one] { $pages } पृष्ठ है
   *[other] { $pages } पृष्ठ हैं
}।
signatories-deep = पृष्ठ { $max } के बाद के पृष्ठ "अगला" से एक-एक करके खुलते हैं।
signatories-first-page = पहले पृष्ठ पर जाएँ।
