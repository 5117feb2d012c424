## undersign — आयोजकों के पृष्ठों, चार्ट और सौंपे जाने वाले दस्तावेज़ का हिंदी कैटलॉग।
## गिनतियाँ दो प्लेसहोल्डर में आती हैं: $count (एक संख्या, बहुवचन रूप चुनने के लिए) और $n
## (वही संख्या, अंकों को समूहों में बाँटकर, दिखाने के लिए)।

## ढाँचा
admin-area = आयोजक
admin-title-suffix = आयोजक
admin-nav-label = आयोजकों का मेनू
admin-nav-dashboard = याचिकाएँ
admin-nav-new = नई याचिका
admin-signed-in-as = { $email } के रूप में लॉग इन
admin-logout = लॉग आउट
admin-yes = हाँ
admin-no = नहीं

## स्थितियाँ, प्रकार, दर्जे
admin-state-draft = मसौदा
admin-state-open = खुली
admin-state-closed = बंद
admin-state-delivered = सौंपी गई
admin-kind-individual = व्यक्ति
admin-kind-organization = संगठन
admin-status-pending = लंबित
admin-status-confirmed = पुष्ट
admin-status-withdrawn = वापस लिया गया
admin-status-removed = हटाया गया

## लॉग इन
admin-login-title = आयोजकों के लिए लॉग इन
admin-login-intro = साइट का यह हिस्सा याचिकाओं के आयोजकों के लिए है।
admin-login-email = ईमेल पता
admin-login-password = पासवर्ड
admin-login-submit = लॉग इन करें
admin-login-failed = पता या पासवर्ड गलत है।
admin-login-wait-seconds = लॉग इन करने की बहुत ज़्यादा कोशिशें हुई हैं। कृपया { $count ->
    [one] { $n } सेकंड
   *[other] { $n } सेकंड
} रुकें और फिर से कोशिश करें।
admin-login-wait-minutes = लॉग इन करने की बहुत ज़्यादा कोशिशें हुई हैं। कृपया { $count ->
    [one] { $n } मिनट
   *[other] { $n } मिनट
} रुकें और फिर से कोशिश करें।

## डैशबोर्ड
admin-dashboard-title = याचिकाएँ
admin-petitions-caption = सभी याचिकाएँ और उनके हस्ताक्षर
admin-no-petitions = अभी तक कोई याचिका नहीं है।
admin-col-title = शीर्षक
admin-col-state = स्थिति
admin-col-pending = लंबित
admin-col-confirmed = पुष्ट
admin-col-withdrawn = वापस लिए गए
admin-col-removed = हटाए गए
admin-col-people = व्यक्ति
admin-col-organizations = संगठन
admin-col-orgs-short = संगठन
admin-col-members = प्रतिनिधित्व किए गए सदस्य
admin-col-goal = लक्ष्य
admin-col-erasure = व्यक्तिगत डेटा
admin-erasure-kept = खुली रहने तक रखा जाता है
admin-erasure-on = { $date } को मिटाया जाएगा
admin-erasure-done = { $date } को मिटाया गया
admin-erasure-warning = "{ $title }" पर हस्ताक्षर करने वालों का व्यक्तिगत डेटा { $date } को मिटा दिया जाएगा। जो अभी भी चाहिए, उसे उससे पहले निर्यात कर लें।
admin-col-total = कुल
admin-col-status = स्थिति
admin-no-goal = कोई नहीं
admin-outbox-heading = भेजे जाने वाले ईमेल
admin-outbox-queued = भेजे जाने की प्रतीक्षा में
admin-outbox-retrying = फिर से भेजने की कोशिश जारी
admin-outbox-failed = स्थायी रूप से विफल
admin-outbox-healthy = कोई भी संदेश विफल नहीं हुआ है।
admin-outbox-failed-note = { $count ->
    [one] { $n } संदेश हर कोशिश के बाद भी नहीं पहुँचाया जा सका: उसके प्राप्तकर्ता को वह नहीं मिला है।
   *[other] { $n } संदेश हर कोशिश के बाद भी नहीं पहुँचाए जा सके: उनके प्राप्तकर्ताओं को वे नहीं मिले हैं।
}
admin-outbox-failures-caption = हाल में विफल हुए संदेश
admin-col-when = कब
admin-col-attempts = कोशिशें
admin-col-error = आख़िरी त्रुटि
admin-audit-heading = गतिविधि लॉग
admin-audit-caption = आयोजकों की हाल की कार्रवाइयाँ
admin-audit-empty = अभी तक कुछ भी दर्ज नहीं हुआ है।
admin-col-time = समय
admin-col-who = कौन
admin-col-action = कार्रवाई
admin-col-petition = याचिका
admin-col-detail = विवरण
admin-col-count = संख्या
admin-action-login = लॉग इन किया
admin-action-logout = लॉग आउट किया
admin-action-petition-create = याचिका बनाई
admin-action-petition-edit = याचिका संपादित की
admin-action-petition-state = स्थिति बदली
admin-action-signature-hide = हस्ताक्षर छिपाया
admin-action-signature-unhide = हस्ताक्षर फिर से दिखाया
admin-action-signature-remove = हस्ताक्षर हटाया
admin-action-signatures-remove-domain = एक डोमेन के हस्ताक्षर हटाए
admin-action-export = हस्ताक्षर निर्यात किए

## याचिका
admin-petition-actions = इस याचिका के साथ आप क्या कर सकते हैं
admin-link-edit = पाठ और सेटिंग संपादित करें
admin-link-delivery = सौंपने का दस्तावेज़ (प्रिंट के लिए)
admin-link-public = सार्वजनिक पृष्ठ
admin-link-export-delivery = सौंपने के लिए निर्यात (CSV)
admin-link-package = सौंपने का पैकेज (ZIP: CSV, दस्तावेज़, चेकसम)
admin-link-export-full = सब कुछ निर्यात करें (CSV)
admin-figures-heading = हस्ताक्षर
admin-figures-caption = स्थिति के अनुसार हस्ताक्षर
admin-members-confirmed = पुष्ट संगठनों द्वारा प्रतिनिधित्व किए गए सदस्य
admin-delivered-on = { $date } को सौंपी गई।
admin-charts-heading = लोगों ने कब और कहाँ से हस्ताक्षर किए
admin-charts-note = केवल पुष्ट हस्ताक्षर दिखाए गए हैं।
admin-state-heading = स्थिति
admin-state-label = याचिका की स्थिति
admin-state-hint = खुली: लोग हस्ताक्षर कर सकते हैं। बंद: पृष्ठ बना रहता है, पर कोई हस्ताक्षर नहीं कर सकता। सौंपी गई: बंद, और पृष्ठ पर लिखा होता है कि हस्ताक्षर सौंप दिए गए हैं, साथ में नीचे लिखा नोट भी। मसौदा: सार्वजनिक नहीं।
admin-state-note = सौंपने से जुड़ा नोट
admin-state-note-hint = स्थिति "सौंपी गई" होने पर सार्वजनिक पृष्ठ पर दिखाया जाता है, जैसे हस्ताक्षर कहाँ और किसे सौंपे गए।
admin-state-submit = स्थिति बदलें
admin-search-heading = हस्ताक्षर खोजें
admin-search-label = नाम, ईमेल पता, संगठन या देश
admin-search-submit = खोजें
admin-search-none = “{ $query }” से कोई भी हस्ताक्षर मेल नहीं खाता।
admin-search-caption = { $count ->
    [one] “{ $query }” से { $n } हस्ताक्षर मेल खाता है
   *[other] “{ $query }” से { $n } हस्ताक्षर मेल खाते हैं
}
admin-col-kind = प्रकार
admin-col-name = नाम
admin-col-organization = संगठन
admin-col-email = ईमेल पता
admin-col-country = देश
admin-col-city = शहर
admin-col-public = सार्वजनिक
admin-col-hidden = छिपा हुआ
admin-col-signed = हस्ताक्षर की तारीख़
admin-col-comment = संदेश
admin-col-actions = कार्रवाइयाँ
admin-hide = छिपाएँ
admin-unhide = फिर से दिखाएँ
admin-remove = हटाएँ
admin-row-of = { $name } का हस्ताक्षर
admin-hidden-hint = छिपाए गए हस्ताक्षर गिने जाते हैं, लेकिन सार्वजनिक सूची में नहीं दिखते।
admin-remove-hint = हस्ताक्षर हटाने का मतलब है कि वह अब न गिना जाएगा, न सूची में दिखेगा, न निर्यात होगा।
admin-domain-heading = एक ईमेल डोमेन के सभी हस्ताक्षर हटाएँ
admin-domain-intro = किसी एक डोमेन से आए नकली हस्ताक्षरों की बाढ़ से निपटने के लिए। कुछ भी हटाए जाने से पहले आप देखेंगे कि इससे कितने हस्ताक्षर प्रभावित होंगे, और आपको पुष्टि करनी होगी।
admin-domain-label = ईमेल पतों का डोमेन
admin-domain-hint = सिर्फ़ @ के बाद वाला हिस्सा, जैसे spam.example
admin-domain-submit = देखें कि क्या हटाया जाएगा
admin-exports-heading = निर्यात
admin-exports-caption = निर्यात की गई हस्ताक्षर सूचियाँ
admin-exports-none = अभी तक कुछ भी निर्यात नहीं किया गया है।
admin-col-format = प्रारूप
admin-col-rows = पंक्तियाँ
admin-col-sha = SHA-256
admin-col-destination = गंतव्य
admin-format-delivery = सौंपने के लिए
admin-format-full = सब कुछ
admin-versions-heading = पाठ के संस्करण
admin-versions-caption = हर वह संस्करण जिस पर लोग हस्ताक्षर कर सकते थे
admin-versions-none = पाठ का अभी कोई संस्करण नहीं है।
admin-col-version = संस्करण
admin-col-date = तारीख़
admin-col-signatures = हस्ताक्षर
admin-version-current = वर्तमान

## संपादन
admin-new-title = नई याचिका
admin-edit-title = संपादित करें: { $title }
admin-edit-back = याचिका पर वापस जाएँ
admin-edit-fix = कृपया चिह्नित फ़ील्ड ठीक करें। अभी तक कुछ भी सहेजा नहीं गया है।
admin-edit-see-preview = फ़ॉर्म के नीचे पूर्वावलोकन देखें।
admin-field-slug = वेब पता
admin-field-slug-hint = 1 से 80 तक छोटे (lowercase) अंग्रेज़ी अक्षर, अंक और अकेले हाइफ़न (जैसे krivoy-rog-2026)। पृष्ठ का पता होगा: /petitions/ और उसके बाद यही नाम। इसे बाद में बदला नहीं जा सकता।
admin-field-slug-fixed = वेब पता बदला नहीं जा सकता।
admin-field-title = शीर्षक
admin-field-summary = सारांश
admin-field-summary-hint = एक या दो वाक्य, जो याचिकाओं की सूची में और लिंक के पूर्वावलोकन में दिखते हैं।
admin-field-addressees = संबोधित पक्ष
admin-field-addressees-hint = हर पंक्ति में एक।
admin-field-author = जारीकर्ता
admin-field-author-hint = घोषणापत्र कौन जारी कर रहा है, जैसे कोई यूनियन या समिति।
admin-field-language = पाठ की भाषा
admin-field-language-hint = भाषा का कोड, जैसे hi, en, es, ru या uk।
admin-field-visibility = हस्ताक्षरकर्ताओं के नाम कौन देख सकता है
admin-field-visibility-hint = वे स्तर जिनमें से हस्ताक्षरकर्ता चुन सकते हैं। हस्ताक्षरकर्ताओं को जेल में डालने वाली सरकार को पत्र के लिए केवल "कोई नहीं" रखें।
admin-field-default-visibility = फ़ॉर्म में पहले से चुना हुआ
admin-field-accepts = कौन हस्ताक्षर कर सकता है
admin-field-accepts-individuals = व्यक्ति
admin-field-accepts-organizations = संगठन
admin-field-goal = लक्ष्य
admin-field-goal-hint = कितने हस्ताक्षरों का लक्ष्य है। कोई लक्ष्य न हो तो खाली छोड़ें।
admin-field-closes-on = बंद होने की तारीख़
admin-field-closes-on-hint = इस दिन के बाद कोई हस्ताक्षर नहीं कर सकेगा। अगर आप इसे ख़ुद बंद करना चाहते हैं तो खाली छोड़ें।
admin-field-body = घोषणापत्र का पाठ
admin-field-body-hint = Markdown: अनुच्छेदों के बीच एक खाली पंक्ति छोड़ें, शीर्षक से पहले # लगाएँ, **मोटा**, *तिरछा*, और सूची की हर मद से पहले - लगाएँ।
admin-new-version-warning = इस पाठ पर लोग हस्ताक्षर कर चुके हैं। सहेजने पर इसका नया संस्करण बनेगा; मौजूदा हस्ताक्षर उसी संस्करण से जुड़े रहेंगे जिस पर वे किए गए थे।
admin-preview = पूर्वावलोकन
admin-save = सहेजें
admin-preview-heading = पूर्वावलोकन
admin-err-slug = कृपया 1 से 80 तक छोटे अंग्रेज़ी अक्षर, अंक और अकेले हाइफ़न इस्तेमाल करें।
admin-err-slug-taken = यह पता पहले से किसी दूसरी याचिका का है।
admin-err-language = कृपया hi, en या uk जैसा भाषा कोड लिखें।
admin-err-goal = कृपया पूर्ण संख्या लिखें, या इसे खाली छोड़ें।
admin-err-date = कृपया तारीख़ लिखें, या इसे खाली छोड़ें।
admin-err-accepts = कृपया व्यक्तियों, संगठनों या दोनों को हस्ताक्षर करने दें।
admin-err-addressees = कृपया कम से कम एक संबोधित पक्ष लिखें, हर पंक्ति में एक।

## किसी डोमेन के हस्ताक्षर हटाना
admin-bulk-title = { $domain } से आए हस्ताक्षर हटाएँ?
admin-bulk-text = { $count ->
    [one] “{ $title }” पर { $n } हस्ताक्षर का ईमेल पता { $domain } पर है। अगर आप पुष्टि करते हैं, तो इसे हटा दिया जाएगा: यह न गिना जाएगा, न सूची में दिखेगा, न निर्यात होगा।
   *[other] “{ $title }” पर { $n } हस्ताक्षरों के ईमेल पते { $domain } पर हैं। अगर आप पुष्टि करते हैं, तो इन्हें हटा दिया जाएगा: ये न गिने जाएँगे, न सूची में दिखेंगे, न निर्यात होंगे।
}
admin-bulk-nothing = “{ $title }” पर ऐसा कोई हस्ताक्षर नहीं है जिसका ईमेल पता { $domain } पर हो और जो पहले से हटाया न गया हो। हटाने के लिए कुछ नहीं है।
admin-bulk-sample-caption = { $count ->
    [one] हस्ताक्षर
   *[other] { $n } में से { $shown } हस्ताक्षर
}
admin-bulk-confirm = { $count ->
    [one] यह हस्ताक्षर हटाएँ
   *[other] ये { $n } हस्ताक्षर हटाएँ
}
admin-bulk-cancel = रद्द करें, इन्हें रहने दें

## सौंपने का दस्तावेज़
admin-delivery-doc-title = { $title } — हस्ताक्षर
admin-delivery-print-hint = यह दस्तावेज़ प्रिंट करने के लिए बनाया गया है: हर संबोधित पक्ष के लिए एक प्रति, और हर प्रति नए पृष्ठ से शुरू होती है। अपने ब्राउज़र का प्रिंट (Print) कमांड इस्तेमाल करें; फ़ाइल के रूप में रखने के लिए प्रिंटर की जगह "PDF के रूप में सहेजें" (Save as PDF) चुनें।
admin-delivery-to = सेवा में: { $addressee }
admin-delivery-from = प्रेषक: { $author }
admin-delivery-date = दिनांक: { $date }
admin-delivery-totals = हस्ताक्षर
admin-delivery-total = कुल हस्ताक्षर
admin-delivery-individuals = व्यक्ति
admin-delivery-organizations = संगठन
admin-delivery-members = संगठनों द्वारा प्रतिनिधित्व किए गए सदस्य
admin-delivery-countries = देश
admin-delivery-versions = जिस पाठ पर हस्ताक्षर किए गए
admin-delivery-versions-intro = हर हस्ताक्षर पाठ के उस संस्करण का समर्थन करता है जो हस्ताक्षर करते समय दिखाया गया था। SHA-256 फ़िंगरप्रिंट हर संस्करण की सटीक पहचान करता है।
admin-delivery-versions-caption = पाठ के संस्करण
admin-delivery-org-heading = संगठन
admin-delivery-ind-heading = व्यक्ति
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] { $n } सदस्य
   *[other] { $n } सदस्य
}
admin-delivery-unnamed = { $count ->
    [one] और { $n } व्यक्ति ने बिना नाम के हस्ताक्षर किए
   *[other] और { $n } लोगों ने बिना नाम के हस्ताक्षर किए
}
admin-delivery-signed-version = संस्करण { $version } पर हस्ताक्षर
admin-delivery-none = अभी तक किसी भी हस्ताक्षर की पुष्टि नहीं हुई है।

## चार्ट
chart-empty = अभी तक कोई हस्ताक्षर नहीं।
chart-numbers = आँकड़े दिखाएँ
chart-signatures = हस्ताक्षर
chart-per-day-title = प्रतिदिन हस्ताक्षर
chart-per-week-title = प्रति सप्ताह हस्ताक्षर
chart-per-period-title = प्रति { $days } दिन हस्ताक्षर
chart-col-day = दिन
chart-col-week = सप्ताह की शुरुआत
chart-col-period = अवधि की शुरुआत
chart-per-day-summary = प्रतिदिन हस्ताक्षर, { $count ->
    [one] { $n } दिन
   *[other] { $n } दिन
}, सबसे ज़्यादा { $max } हस्ताक्षर { $date } को।
chart-per-week-summary = प्रति सप्ताह हस्ताक्षर, { $count ->
    [one] { $n } सप्ताह
   *[other] { $n } सप्ताह
}, सबसे ज़्यादा { $max } हस्ताक्षर { $date } से शुरू होने वाले सप्ताह में।
chart-per-period-summary = प्रति { $days } दिन हस्ताक्षर, { $count ->
    [one] { $n } अवधि
   *[other] { $n } अवधियाँ
}, सबसे ज़्यादा { $max } हस्ताक्षर { $date } से शुरू होने वाली अवधि में।
chart-by-country-title = देश के अनुसार हस्ताक्षर
chart-col-country = देश
chart-by-country-summary = देश के अनुसार हस्ताक्षर, { $count ->
    [one] { $n } देश
   *[other] { $n } देश
}, सबसे ज़्यादा { $top } से ({ $max })।
chart-other-countries = अन्य देश

# Language versions of the declaration
admin-languages-heading = भाषा संस्करण
admin-languages-caption = हर भाषा में घोषणापत्र, कितने पुष्ट हस्ताक्षरकर्ताओं ने उसे पढ़ा, और उसका सौंपने का दस्तावेज़
admin-col-language = भाषा
admin-col-readers = इसे पढ़ने वाले पुष्ट हस्ताक्षरकर्ता
admin-language-original = मूल
admin-language-outdated = पुराना: तब से मूल बदल गया है; यह अनुवाद फिर से आयात करें

# A signer's own request: look up, give, erase.
admin-nav-people = हस्ताक्षरकर्ता का अनुरोध
admin-people-title = हस्ताक्षरकर्ता का अनुरोध
admin-people-intro = किसी ईमेल पते को खोजें, ताकि हस्ताक्षरकर्ता को दिखा सकें कि उसके बारे में क्या रखा गया है, उसे दे सकें या मिटा सकें। हस्ताक्षर वापस लेने का उसका लिंक काम करता रहेगा।
admin-people-email = ईमेल पता
admin-people-search = खोजें
admin-people-none = इस पते के लिए कोई हस्ताक्षर नहीं रखा गया है।
admin-people-caption = { $email } के लिए रखे गए हस्ताक्षर
admin-people-export = JSON के रूप में डाउनलोड करें
admin-people-erase = ये हस्ताक्षर मिटाएँ
admin-people-erase-warning = मिटाने से इन हस्ताक्षरों का नाम, पता और हर विवरण हट जाता है; वे गिने नहीं जाते। इसे वापस नहीं किया जा सकता।
admin-col-visibility = कौन देख सकता है
admin-notice-saved = याचिका सहेज ली गई।
admin-notice-state-changed = याचिका की स्थिति बदल दी गई।
admin-notice-hidden = हस्ताक्षर सार्वजनिक सूची से छिपा दिया गया; वह अब भी गिना जाता है।
admin-notice-unhidden = हस्ताक्षर फिर से सार्वजनिक सूची में दिखाया जा रहा है।
admin-notice-removed = हस्ताक्षर हटा दिया गया; अब वह गिना नहीं जाता।
admin-notice-removed-domain = उस डोमेन के हस्ताक्षर हटा दिए गए।
admin-notice-erased = हस्ताक्षर मिटा दिए गए।
admin-action-person-export = हस्ताक्षरकर्ता को उसका डेटा दिया
admin-action-person-erase = हस्ताक्षरकर्ता के हस्ताक्षर मिटाए
admin-action-petition-purge = संग्रह अवधि के बाद व्यक्तिगत डेटा मिटाया
admin-link-updates = हस्ताक्षरकर्ताओं को सूचनाएँ
admin-state-notify = "सौंपी गई" चुनते समय उन हस्ताक्षरकर्ताओं को ईमेल भेजें जिन्होंने सूचना माँगी थी (ऊपर लिखे नोट के साथ)
admin-updates-title = सूचनाएँ: { $title }
admin-updates-intro = सूचना ईमेल से हर उस पुष्ट हस्ताक्षरकर्ता को जाती है जिसने "इस याचिका के बारे में मुझे ईमेल से सूचना दें" पर निशान लगाया था: अगर आप अनुवाद देते हैं तो उसी भाषा में जिसमें उसने हस्ताक्षर किए थे, वरना याचिका की भाषा में। हर हस्ताक्षरकर्ता को हर सूचना एक ही बार मिलती है; जिन्होंने हस्ताक्षर वापस ले लिया है या सूचनाएँ बंद कर दी हैं, उन्हें कोई सूचना नहीं मिलती। हर सूचना में सूचनाएँ बंद करने का लिंक होता है।
admin-updates-audience = { $count ->
    [one] अभी भेजी गई सूचना { $n } हस्ताक्षरकर्ता तक पहुँचेगी
   *[other] अभी भेजी गई सूचना { $n } हस्ताक्षरकर्ताओं तक पहुँचेगी
}
admin-updates-refused = { $count ->
    [one] { $n } हस्ताक्षरकर्ता के मेल सर्वर ने ईमेल स्थायी रूप से अस्वीकार कर दिया है: उस पते पर अब कुछ नहीं भेजा जाता।
   *[other] { $n } हस्ताक्षरकर्ताओं के मेल सर्वरों ने ईमेल स्थायी रूप से अस्वीकार कर दिए हैं: उन पतों पर अब कुछ नहीं भेजा जाता।
}
admin-updates-sent-heading = भेजी गई सूचनाएँ
admin-updates-none = अभी तक कोई सूचना नहीं भेजी गई है।
admin-updates-col-subject = विषय
admin-updates-col-when = कब लिखी गई
admin-updates-col-recipients = प्राप्तकर्ता
admin-updates-col-queued = प्रतीक्षा में
admin-updates-col-sent = भेजे गए
admin-updates-col-failed = विफल
admin-updates-col-refused = अस्वीकृत
admin-updates-col-cancelled = नहीं भेजे गए (सूचनाएँ बंद कीं या हस्ताक्षर वापस लिया)
admin-updates-delivered-subject = याचिका सौंपी गई: { $title }
admin-updates-compose-heading = सूचना लिखें
admin-updates-preview-heading = पूर्वावलोकन
admin-updates-preview-footer = इसके नीचे हर ईमेल में लिखा होता है कि हस्ताक्षरकर्ता को यह क्यों मिल रहा है, और याचिका, हस्ताक्षर वापस लेने और सूचनाएँ बंद करने के लिंक होते हैं।
admin-updates-written-in = इसे याचिका की भाषा में लिखें: { $language }।
admin-updates-subject = विषय
admin-updates-body = संदेश
admin-updates-body-hint = Markdown: अनुच्छेदों के बीच एक खाली पंक्ति छोड़ें, *तिरछा*, **मोटा**, [कोई लिंक](https://example.org)।
admin-updates-translations = अनुवाद
admin-updates-translations-hint = वैकल्पिक। जिन्होंने इनमें से किसी भाषा में हस्ताक्षर किए हैं, उन्हें उसका अनुवाद मिलेगा; बाकी सबको ऊपर वाला संदेश मिलेगा।
admin-updates-preview = पूर्वावलोकन
admin-updates-send = { $count ->
    [one] { $n } हस्ताक्षरकर्ता को भेजें
   *[other] { $n } हस्ताक्षरकर्ताओं को भेजें
}
admin-notice-update-queued = सूचना भेजी जा रही है। नीचे की तालिका दिखाती है कि वह कहाँ तक पहुँची है।
admin-action-update-send = सूचना भेजी
admin-action-update-delivered = "सौंपी गई" की सूचना भेजी
admin-error-update-subject = कृपया सूचना को एक पंक्ति का विषय दें, अधिकतम 200 अक्षर।
admin-error-update-body = कृपया संदेश लिखें, अधिकतम 20,000 अक्षर।
admin-error-update-half = कृपया अनुवाद में विषय और संदेश दोनों दें, या दोनों खाली छोड़ें।

## काग़ज़ी शीटें और सत्यापित संगठन
admin-link-paper = काग़ज़ी शीटें
admin-back-to-petition = याचिका पर वापस जाएँ
admin-paper-title = काग़ज़ी शीटें: { $title }
admin-paper-count = { $count ->
    [one] { $n } हस्ताक्षर काग़ज़ पर आया; दर्ज की गई शीटें: { $sheets }।
   *[other] { $n } हस्ताक्षर काग़ज़ पर आए; दर्ज की गई शीटें: { $sheets }।
}
admin-paper-print-heading = शीटें प्रिंट करें
admin-paper-print-hint = हर शीट को अपना अलग नंबर मिलता है, जो आपके नाम के साथ दर्ज होता है, ताकि बाद में दर्ज की गई शीट की जाँच की जा सके। इन्हें A4 पर प्रिंट करें; ब्राउज़र इन्हें PDF के रूप में भी सहेज सकता है।
admin-paper-print-count = कितनी शीटें
admin-paper-print-language = शीटों की भाषा
admin-paper-print-button = शीटें तैयार करें
admin-paper-enter-heading = शीट दर्ज करें
admin-paper-enter-number = शीट का नंबर
admin-paper-enter-button = शीट खोलें
admin-paper-duplicates-heading = संभावित दोहरे हस्ताक्षर
admin-paper-duplicates-hint = इन हस्ताक्षरों में नाम और शहर एक जैसे हैं (छोटे-बड़े अक्षर, खाली जगह और विशेषक चिह्नों का अंतर छोड़कर)। जब तक आप फ़ैसला नहीं करते, ये गिने जाते हैं: एक को हटाएँ, या बताएँ कि ये दो अलग लोग हैं।
admin-paper-duplicates-caption = एक ही नाम और शहर वाले हस्ताक्षर, जिनमें से कम से कम एक काग़ज़ पर है
admin-paper-col-paper = काग़ज़ पर
admin-paper-col-other = दूसरा
admin-paper-not-duplicate = दो अलग लोग
admin-paper-remove-one = #{ $id } हटाएँ
admin-paper-on-sheet = काग़ज़, शीट { $sheet }
admin-paper-online = ऑनलाइन
admin-paper-sheets-heading = शीटें
admin-paper-no-sheets = अभी तक कोई शीट प्रिंट नहीं की गई है।
admin-paper-sheets-caption = इस याचिका के लिए प्रिंट की गई शीटें, सबसे नई पहले
admin-paper-col-number = शीट
admin-paper-col-printed = प्रिंट की गई
admin-paper-col-collected = इकट्ठा की गई
admin-paper-col-entered = दर्ज की गई
admin-paper-scan = स्कैन
admin-entry-title = शीट { $number }
admin-entry-back = काग़ज़ी शीटों पर वापस जाएँ
admin-entry-printed = प्रिंट की गई: { $printed }
admin-entry-already = { $count ->
    [one] इस शीट का { $n } हस्ताक्षर पहले से दर्ज है; यहाँ लिखी गई पंक्तियाँ और जोड़ी जाएँगी।
   *[other] इस शीट के { $n } हस्ताक्षर पहले से दर्ज हैं; यहाँ लिखी गई पंक्तियाँ और जोड़ी जाएँगी।
}
admin-entry-problems = कुछ भी दर्ज नहीं हुआ। कृपया ठीक करें:
admin-entry-row-problem = पंक्ति { $row }: { $problem }
admin-entry-sheet-legend = शीट
admin-entry-collected-by = किसने इकट्ठा की
admin-entry-place = कहाँ
admin-entry-collected-at = इकट्ठा करने की तारीख़
admin-entry-country = हस्ताक्षरकर्ताओं का देश
admin-entry-country-hint = पूरी शीट के लिए एक ही बार चुनें।
admin-entry-scan = शीट का स्कैन
admin-entry-scan-hint = PDF, JPEG या PNG, अधिकतम 10 MB। इसके SHA-256 के साथ रखा जाता है, सार्वजनिक रूप से कभी नहीं दिखाया जाता।
admin-entry-rows-caption = शीट पर किए गए हस्ताक्षर
admin-entry-col-kind = किस रूप में हस्ताक्षर
admin-entry-col-name = नाम
admin-entry-col-city = शहर
admin-entry-col-occupation = पेशा या संगठन
admin-entry-col-visibility = नाम कौन देख सकता है
admin-entry-cell = पंक्ति { $row }, { $column }
admin-entry-rows-hint = खाली पंक्तियाँ छोड़ दी जाती हैं। संगठन के लिए उसका नाम "पेशा या संगठन" में लिखें, और हस्ताक्षर करने वाले व्यक्ति का नाम "नाम" में।
admin-entry-submit = हस्ताक्षर दर्ज करें
admin-entry-no-rows = कम से कम एक हस्ताक्षर लिखें।
admin-err-scan-type = स्कैन PDF, JPEG या PNG फ़ाइल होनी चाहिए, और फ़ाइल के नाम में कोई दूसरा प्रकार नहीं लिखा होना चाहिए।
admin-notice-paper-entered = शीट के हस्ताक्षर दर्ज करके गिन लिए गए।
admin-notice-not-duplicate = दो अलग लोगों के रूप में चिह्नित किया गया।
admin-notice-verified = संगठन को सत्यापित चिह्नित किया गया।
admin-notice-unverified = संगठन अब सत्यापित चिह्नित नहीं है।
admin-action-sheets-print = शीटें प्रिंट कीं
admin-action-paper-enter = काग़ज़ी हस्ताक्षर दर्ज किए
admin-action-paper-not-duplicate = दोहरा हस्ताक्षर नहीं माना
admin-action-signature-verify = संगठन सत्यापित किया
admin-action-signature-unverify = संगठन का सत्यापन हटाया
admin-verified = सत्यापित: { $note }
admin-verify-note = सत्यापन कैसे किया गया
admin-verify-button = सत्यापित चिह्नित करें
admin-unverify-button = सत्यापन हटाएँ
admin-delivery-paper = काग़ज़ पर हस्ताक्षर
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, { $sheets } शीट पर
   *[other] { $n }, { $sheets } शीटों पर
}
admin-delivery-verified-heading = आयोजकों द्वारा सत्यापित संगठन
admin-delivery-verified-intro = आयोजकों ने इनमें से हर संगठन की सीधे पुष्टि की है: उसके दफ़्तर में फ़ोन करके, उसके लेटरहेड पर लिखे पत्र से, या अपने किसी परिचित संबद्ध संगठन के ज़रिए।
admin-delivery-unverified-heading = अन्य संगठन
admin-delivery-unverified = { $count ->
    [one] { $n } संगठन का सत्यापन आयोजकों ने नहीं किया है।
   *[other] { $n } संगठनों का सत्यापन आयोजकों ने नहीं किया है।
}
