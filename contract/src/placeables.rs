//! The text of a message override: literal text and `{ $variable }` placeables, as in
//! Fluent (a variable's name is an ASCII letter, then letters, digits, `_` and `-`; blanks
//! around it are ASCII). The reference backend refuses a session's text that does not read
//! here, and the widget compiles the texts it shows with the same reading.

/// A piece of an override's text, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text, never empty.
    Text(&'a str),
    /// A placeable's variable name, without its `$`.
    Var(&'a str),
}

/// Reads `text` into its pieces, handing each to `each` in order, or says why it cannot be
/// read: a `}` with no `{`, a `{` never closed, or a placeable that is not `{ $variable }`.
pub fn read_placeables<'a>(
    text: &'a str,
    mut each: impl FnMut(Piece<'a>),
) -> Result<(), &'static str> {
    // Every piece after a `{` opens with a placeable, closed by its first `}`.
    for (i, piece) in text.split('{').enumerate() {
        let literal = if i == 0 {
            piece
        } else {
            let (inner, after) = piece.split_once('}').ok_or("a `{` is never closed")?;
            let name = inner
                .trim_ascii()
                .strip_prefix('$')
                .filter(|n| match n.as_bytes() {
                    [first, rest @ ..] => {
                        first.is_ascii_alphabetic()
                            && rest
                                .iter()
                                .all(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
                    }
                    [] => false,
                })
                .ok_or("a placeable is not a { $variable }")?;
            each(Piece::Var(name));
            after
        };
        if literal.contains('}') {
            return Err("a `}` has no `{`");
        }
        if !literal.is_empty() {
            each(Piece::Text(literal));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Vec<Piece<'_>>, &'static str> {
        let mut pieces = Vec::new();
        read_placeables(text, |p| pieces.push(p)).map(|()| pieces)
    }

    #[test]
    fn literal_text_and_placeables_read_in_order() {
        assert_eq!(
            read("Buy now {$amount}!{ $a_b-1 }"),
            Ok(vec![
                Piece::Text("Buy now "),
                Piece::Var("amount"),
                Piece::Text("!"),
                Piece::Var("a_b-1"),
            ])
        );
        assert_eq!(read(""), Ok(vec![]));
    }

    #[test]
    fn what_is_not_a_placeable_is_refused_with_the_reason() {
        for (text, reason) in [
            ("Pay } now", "has no `{`"),
            ("Pay { $amount", "never closed"),
            ("Pay { amount }", "is not a { $variable }"),
            ("Pay { $ }", "is not a { $variable }"),
            ("Pay { $1 }", "is not a { $variable }"),
            ("Pay { $a b }", "is not a { $variable }"),
            ("Pay {\u{a0}$amount }", "is not a { $variable }"),
            ("Pay { { $amount } }", "never closed"),
        ] {
            let error = read(text).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
        }
    }
}
