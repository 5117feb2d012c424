//! A petition's URL name: lowercase ASCII letters, digits and single hyphens.
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a slug is 1 to 80 lowercase letters, digits and single hyphens")]
pub struct SlugError;

impl Slug {
    pub fn parse(input: &str) -> Result<Slug, SlugError> {
        let ok = !input.is_empty()
            && input.len() <= 80
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-')
            && !input.contains("--");
        if ok {
            Ok(Slug(input.to_owned()))
        } else {
            Err(SlugError)
        }
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Slug({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(Slug::parse("krivoy-rog-protest").is_ok());
        assert!(Slug::parse("el-cerrejon-2020").is_ok());
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "a_b",
            "a b",
            "ä",
            "a/b",
            "..",
            &"a".repeat(81),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
    }
}
