//! Byte encodings behind Terraform's functions: Go's base64 decoding, the text encodings of
//! `textencodebase64` and `textdecodebase64`, and the gzip stream of `base64gzip`.

use base64::Engine as _;

/// Go's `base64.StdEncoding.DecodeString`, which Terraform's functions use: padding is required, line
/// breaks are skipped and bits past the last whole byte need not be zero.
pub(crate) fn go_base64_decode(text: &str) -> Option<Vec<u8>> {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireCanonical),
    );
    let compact: String = text.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
    engine.decode(compact.as_bytes()).ok()
}

/// A text encoding of `textencodebase64` and `textdecodebase64`, known by its IANA names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextEncoding {
    /// UTF-8, passed through.
    Utf8,
    /// UTF-16 with a byte order mark: big-endian with a mark when encoding; by the mark (big-endian
    /// without one) when decoding.
    Utf16,
    /// UTF-16BE, no byte order mark.
    Utf16Be,
    /// UTF-16LE, no byte order mark.
    Utf16Le,
    /// ISO-8859-1: the first 256 code points.
    Latin1,
    /// windows-1252: ISO-8859-1 with printable characters in 0x80-0x9F (five of those bytes unused).
    Windows1252,
    /// US-ASCII.
    Ascii,
}

/// The encodings supported, for messages.
pub(crate) const SUPPORTED: &str = "UTF-8, UTF-16, UTF-16BE, UTF-16LE, ISO-8859-1, windows-1252 and US-ASCII";

/// windows-1252's bytes 0x80 to 0x9F (0 where the byte has no character).
const WINDOWS_1252: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

impl TextEncoding {
    /// The encoding an IANA name or alias stands for, matched as Go's `ianaindex` matches it (spaces
    /// around it ignored, letters in any case).
    pub(crate) fn by_name(name: &str) -> Option<TextEncoding> {
        Some(match name.trim().to_lowercase().as_str() {
            "utf-8" | "csutf8" => TextEncoding::Utf8,
            "utf-16" | "csutf16" => TextEncoding::Utf16,
            "utf-16be" | "csutf16be" => TextEncoding::Utf16Be,
            "utf-16le" | "csutf16le" => TextEncoding::Utf16Le,
            "iso_8859-1:1987" | "iso-ir-100" | "iso_8859-1" | "iso-8859-1" | "latin1" | "l1" | "ibm819" | "cp819"
            | "csisolatin1" => TextEncoding::Latin1,
            "windows-1252" | "cswindows1252" => TextEncoding::Windows1252,
            "us-ascii" | "iso-ir-6" | "ansi_x3.4-1968" | "ansi_x3.4-1986" | "iso_646.irv:1991" | "iso646-us" | "us"
            | "ibm367" | "cp367" | "csascii" => TextEncoding::Ascii,
            _ => return None,
        })
    }

    /// The IANA name Terraform's messages use.
    pub(crate) fn iana_name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16 => "UTF-16",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Latin1 => "ISO_8859-1:1987",
            TextEncoding::Windows1252 => "windows-1252",
            TextEncoding::Ascii => "US-ASCII",
        }
    }

    /// The bytes of `text`; `None` when a character has no encoding.
    pub(crate) fn encode(self, text: &str) -> Option<Vec<u8>> {
        let utf16 = |big_endian: bool, bom: bool| {
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            let units = if bom { Some(0xFEFF_u16) } else { None }.into_iter().chain(text.encode_utf16());
            for unit in units {
                out.extend_from_slice(&if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
            out
        };
        match self {
            TextEncoding::Utf8 => Some(text.as_bytes().to_vec()),
            TextEncoding::Utf16 => Some(utf16(true, true)),
            TextEncoding::Utf16Be => Some(utf16(true, false)),
            TextEncoding::Utf16Le => Some(utf16(false, false)),
            TextEncoding::Latin1 => text.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect(),
            TextEncoding::Ascii => text.chars().map(|c| u8::try_from(u32::from(c)).ok().filter(u8::is_ascii)).collect(),
            TextEncoding::Windows1252 => text
                .chars()
                .map(|c| {
                    let code = u32::from(c);
                    match code {
                        0..=0x7F | 0xA0..=0xFF => u8::try_from(code).ok(),
                        _ => WINDOWS_1252
                            .iter()
                            .position(|&mapped| mapped != 0 && u32::from(mapped) == code)
                            .and_then(|index| u8::try_from(0x80 + index).ok()),
                    }
                })
                .collect(),
        }
    }

    /// The text of `bytes`; `None` when a byte sequence has no character, or decodes to U+FFFD (which
    /// Terraform cannot tell from a replacement, and so rejects).
    pub(crate) fn decode(self, bytes: &[u8]) -> Option<String> {
        let utf16 = |bytes: &[u8], big_endian: bool| -> Option<String> {
            if bytes.len() % 2 != 0 {
                return None;
            }
            let units = bytes.chunks_exact(2).map(|pair| {
                let pair = [pair[0], pair[1]];
                if big_endian {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            });
            char::decode_utf16(units).collect::<Result<String, _>>().ok()
        };
        let text = match self {
            TextEncoding::Utf8 => String::from_utf8(bytes.to_vec()).ok()?,
            TextEncoding::Utf16 => match bytes {
                [0xFE, 0xFF, rest @ ..] => utf16(rest, true)?,
                [0xFF, 0xFE, rest @ ..] => utf16(rest, false)?,
                _ => utf16(bytes, true)?,
            },
            TextEncoding::Utf16Be => utf16(bytes, true)?,
            TextEncoding::Utf16Le => utf16(bytes, false)?,
            TextEncoding::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
            TextEncoding::Ascii => {
                bytes.iter().map(|&b| b.is_ascii().then_some(char::from(b))).collect::<Option<_>>()?
            }
            TextEncoding::Windows1252 => bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => {
                        let mapped = WINDOWS_1252[usize::from(b - 0x80)];
                        (mapped != 0).then(|| char::from_u32(u32::from(mapped))).flatten()
                    }
                    _ => Some(char::from(b)),
                })
                .collect::<Option<_>>()?,
        };
        (!text.contains('\u{FFFD}')).then_some(text)
    }
}

/// A gzip stream of `bytes` whose deflate data is stored, not compressed: valid gzip that any reader
/// decompresses to `bytes`, with the header fields Go's writer sets (no name, no time, unknown OS).
/// Go's compressor cannot be matched byte for byte without porting it, so the bytes differ from
/// Terraform's `base64gzip`; callers say so.
pub(crate) fn gzip_stored(bytes: &[u8]) -> Vec<u8> {
    const MAX_BLOCK: usize = 0xFFFF;
    let mut out = vec![0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF];
    let mut chunks: Vec<&[u8]> = bytes.chunks(MAX_BLOCK).collect();
    if chunks.is_empty() {
        chunks.push(&[]);
    }
    let last = chunks.len() - 1;
    for (index, chunk) in chunks.into_iter().enumerate() {
        // BFINAL and BTYPE 00 (stored), padded to the byte; then LEN and its one's complement.
        out.push(u8::from(index == last));
        let length = u16::try_from(chunk.len()).unwrap_or(u16::MAX);
        out.extend_from_slice(&length.to_le_bytes());
        out.extend_from_slice(&(!length).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&crc32(bytes).to_le_bytes());
    // ISIZE is the length modulo 2^32.
    out.extend_from_slice(&((bytes.len() as u64 & 0xFFFF_FFFF) as u32).to_le_bytes());
    out
}

/// The CRC-32 (IEEE 802.3, reflected) that gzip's trailer carries.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut index = 0;
        while index < 256 {
            let mut crc = index as u32;
            let mut bit = 0;
            while bit < 8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
                bit += 1;
            }
            table[index] = crc;
            index += 1;
        }
        table
    };
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc = TABLE[usize::from((crc as u8) ^ byte)] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode_base64(encoding: &str, text: &str) -> Option<String> {
        let encoded = TextEncoding::by_name(encoding)?.encode(text)?;
        Some(base64::engine::general_purpose::STANDARD.encode(encoded))
    }

    fn decode_base64(encoding: &str, text: &str) -> Option<String> {
        TextEncoding::by_name(encoding)?.decode(&go_base64_decode(text)?)
    }

    #[test]
    fn text_encodings_match_terraform() {
        // Outputs of `textencodebase64` in Terraform 1.11.
        assert_eq!(encode_base64("UTF-16LE", "Hello ü €").as_deref(), Some("SABlAGwAbABvACAA/AAgAKwg"));
        assert_eq!(encode_base64("utf-16be", "Hello ü €").as_deref(), Some("AEgAZQBsAGwAbwAgAPwAICCs"));
        assert_eq!(encode_base64("csUTF16", "Hello ü €").as_deref(), Some("/v8ASABlAGwAbABvACAA/AAgIKw="));
        assert_eq!(encode_base64(" utf-8 ", "Hello ü €").as_deref(), Some("SGVsbG8gw7wg4oKs"));
        assert_eq!(encode_base64("latin1", "Hello ü").as_deref(), Some("SGVsbG8g/A=="));
        assert_eq!(encode_base64("windows-1252", "Hello ü €").as_deref(), Some("SGVsbG8g/CCA"));
        assert_eq!(encode_base64("UTF-16LE", "😀").as_deref(), Some("PdgA3g=="));
        assert_eq!(encode_base64("ISO-8859-1", "€"), None);
        assert_eq!(encode_base64("windows-1252", "\u{81}"), None);
        assert_eq!(encode_base64("US-ASCII", "é"), None);
        assert!(TextEncoding::by_name("UTF16").is_none());
        // And of `textdecodebase64`.
        assert_eq!(decode_base64("UTF-16LE", "SABlAGwAbABvAA==").as_deref(), Some("Hello"));
        assert_eq!(decode_base64("UTF-16", "/v8ASA==").as_deref(), Some("H"));
        assert_eq!(decode_base64("UTF-16", "//5IAA==").as_deref(), Some("H"));
        assert_eq!(decode_base64("UTF-16", "AEg=").as_deref(), Some("H"));
        assert_eq!(decode_base64("UTF-16BE", "/v8ASA==").as_deref(), Some("\u{feff}H"));
        assert_eq!(decode_base64("windows-1252", "gA==").as_deref(), Some("€"));
        assert_eq!(decode_base64("US-ASCII", "fw==").as_deref(), Some("\u{7f}"));
        for (encoding, text) in [
            ("windows-1252", "gQ=="),
            ("UTF-8", "/w=="),
            ("UTF-16LE", "SA=="),
            ("UTF-8", "77+9"),
            ("US-ASCII", "gA=="),
            ("UTF-16BE", "2AA="),
        ] {
            assert_eq!(decode_base64(encoding, text), None, "{encoding} {text}");
        }
    }

    #[test]
    fn base64_decodes_as_go_does() {
        assert_eq!(go_base64_decode("aGVs\nbG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(go_base64_decode("aGVsbG9=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(go_base64_decode("aGVsbG8"), None);
        assert_eq!(go_base64_decode("SAB"), None);
    }

    #[test]
    fn gzip_streams_are_valid() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        let empty = gzip_stored(b"");
        assert_eq!(empty, [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 1, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0]);
        let data = vec![b'x'; 70_000];
        let stream = gzip_stored(&data);
        // Two stored blocks: 65535 bytes, then the final 4465.
        assert_eq!(stream[10], 0);
        assert_eq!(&stream[11..15], &[0xFF, 0xFF, 0, 0]);
        let second = 15 + 0xFFFF;
        assert_eq!(stream[second], 1);
        assert_eq!(u16::from_le_bytes([stream[second + 1], stream[second + 2]]), 4465);
        assert_eq!(stream.len(), 10 + 5 + 65535 + 5 + 4465 + 8);
        assert_eq!(&stream[stream.len() - 4..], &70_000u32.to_le_bytes());
    }
}
