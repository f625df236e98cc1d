//! The words of an enum: `ALL` (in the order forms offer them), `value()` (the text in forms
//! and files, the same as serde writes) and `parse()`, and, where people read it, `label()`.
//! One table per enum instead of three matches written by hand; `tests/host/evaluation.rs`
//! checks for each that `value()` is what serde writes and that `parse` reads it back.

/// `words!(Enum { Variant => "value", "Label"; ... })`, or without labels
/// `words!(Enum { Variant => "value"; ... })`. The variants are listed in the order of `ALL`.
macro_rules! words {
    ($ty:ident { $($variant:ident => $value:literal, $label:literal;)+ }) => {
        words!($ty { $($variant => $value;)+ });
        impl $ty {
            /// How people read it.
            pub fn label(self) -> &'static str {
                match self {
                    $($ty::$variant => $label,)+
                }
            }
        }
    };
    ($ty:ident { $($variant:ident => $value:literal;)+ }) => {
        impl $ty {
            /// Every value, in the order forms offer them.
            pub const ALL: [$ty; [$($value),+].len()] = [$($ty::$variant),+];

            /// The value in forms, files and addresses (in a file, the same text serde writes).
            pub fn value(self) -> &'static str {
                match self {
                    $($ty::$variant => $value,)+
                }
            }

            pub fn parse(value: &str) -> Option<$ty> {
                Self::ALL.into_iter().find(|w| w.value() == value)
            }
        }
    };
}
