//! Terraform's date and time functions on known timestamps: `formatdate`, `timeadd`, `timecmp`.
//! Timestamps are RFC 3339 strings; results keep the input's UTC offset, as Terraform's do.

/// A point in time with the offset it was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Timestamp {
    /// Seconds since the Unix epoch (UTC).
    seconds: i64,
    /// Nanoseconds within the second.
    nanos: u32,
    /// The offset from UTC it was written with, in seconds.
    offset: i32,
    /// Whether it was written with `Z` (Go prints `Z` for a zero offset either way).
    utc: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Timestamp {
    /// Parses an RFC 3339 timestamp (`2024-03-05T10:20:30Z`, `...30.5+01:00`).
    pub(crate) fn parse(text: &str) -> Result<Timestamp, String> {
        let bad = || format!("\"{text}\" is not a valid RFC 3339 timestamp (like \"2024-03-05T10:20:30Z\")");
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        if bytes.len() < 20 || bytes[4] != b'-' || bytes[7] != b'-' || !matches!(bytes[10], b'T' | b't') {
            return Err(bad());
        }
        if bytes[13] != b':' || bytes[16] != b':' {
            return Err(bad());
        }
        let (year, month, day) =
            (digits(0..4).ok_or_else(bad)?, digits(5..7).ok_or_else(bad)?, digits(8..10).ok_or_else(bad)?);
        let (hour, minute, second) =
            (digits(11..13).ok_or_else(bad)?, digits(14..16).ok_or_else(bad)?, digits(17..19).ok_or_else(bad)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(i64::from(year), month) {
            return Err(bad());
        }
        if hour > 23 || minute > 59 || second > 59 {
            return Err(bad());
        }
        let mut rest = &text[19..];
        let mut nanos = 0u32;
        if let Some(fraction) = rest.strip_prefix('.') {
            let end = fraction.find(|c: char| !c.is_ascii_digit()).unwrap_or(fraction.len());
            if end == 0 {
                return Err(bad());
            }
            let mut padded = fraction[..end.min(9)].to_string();
            while padded.len() < 9 {
                padded.push('0');
            }
            nanos = padded.parse().map_err(|_| bad())?;
            rest = &fraction[end..];
        }
        let (offset, utc) = match rest {
            "Z" | "z" => (0, true),
            _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) && rest.get(3..4) == Some(":") => {
                let hours = rest.get(1..3).and_then(|part| part.parse::<i32>().ok()).ok_or_else(bad)?;
                let minutes = rest.get(4..6).and_then(|part| part.parse::<i32>().ok()).ok_or_else(bad)?;
                if hours > 23 || minutes > 59 {
                    return Err(bad());
                }
                let sign = if rest.starts_with('-') { -1 } else { 1 };
                (sign * (hours * 3600 + minutes * 60), false)
            }
            _ => return Err(bad()),
        };
        let local = days_from_civil(i64::from(year), month, day) * 86_400
            + i64::from(hour) * 3600
            + i64::from(minute) * 60
            + i64::from(second);
        Ok(Timestamp { seconds: local - i64::from(offset), nanos, offset, utc })
    }

    /// The local civil fields: year, month, day, hour, minute, second, weekday (0 = Sunday).
    fn fields(&self) -> (i64, u32, u32, u32, u32, u32, usize) {
        let local = self.seconds + i64::from(self.offset);
        let days = local.div_euclid(86_400);
        let within = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        let weekday = (days + 4).rem_euclid(7) as usize;
        (year, month, day, (within / 3600) as u32, (within % 3600 / 60) as u32, (within % 60) as u32, weekday)
    }

    fn offset_text(&self, colon: bool) -> String {
        let sign = if self.offset < 0 { '-' } else { '+' };
        let minutes = self.offset.unsigned_abs() / 60;
        if colon {
            format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
        } else {
            format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
        }
    }

    /// RFC 3339 as Go's `time.RFC3339` prints it (no fractional seconds; `Z` for UTC).
    pub(crate) fn rfc3339(&self) -> String {
        let (year, month, day, hour, minute, second, _) = self.fields();
        let zone = if self.offset == 0 { "Z".to_string() } else { self.offset_text(true) };
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{zone}")
    }

    /// This time moved by `nanos` nanoseconds.
    fn plus(&self, nanos: i128) -> Option<Timestamp> {
        let total = i128::from(self.seconds) * 1_000_000_000 + i128::from(self.nanos) + nanos;
        let seconds = i64::try_from(total.div_euclid(1_000_000_000)).ok()?;
        Some(Timestamp { seconds, nanos: total.rem_euclid(1_000_000_000) as u32, ..*self })
    }

    fn instant(&self) -> (i64, u32) {
        (self.seconds, self.nanos)
    }
}

/// `formatdate(spec, timestamp)`.
pub(crate) fn formatdate(spec: &str, timestamp: &str) -> Result<String, String> {
    let time = Timestamp::parse(timestamp)?;
    let (year, month, day, hour, minute, second, weekday) = time.fields();
    let chars: Vec<char> = spec.chars().collect();
    let mut out = String::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c == '\'' {
            // A quoted literal; `''` is a quote.
            if chars.get(index + 1) == Some(&'\'') {
                out.push('\'');
                index += 2;
                continue;
            }
            let mut end = index + 1;
            loop {
                match chars.get(end) {
                    None => return Err("the format has an unterminated literal (a quote without its end)".into()),
                    Some('\'') if chars.get(end + 1) == Some(&'\'') => {
                        out.push('\'');
                        end += 2;
                    }
                    Some('\'') => break,
                    Some(other) => {
                        out.push(*other);
                        end += 1;
                    }
                }
            }
            index = end + 1;
            continue;
        }
        if !c.is_ascii_alphabetic() {
            out.push(c);
            index += 1;
            continue;
        }
        let mut end = index;
        while chars.get(end) == Some(&c) {
            end += 1;
        }
        let token: String = chars[index..end].iter().collect();
        let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
        let text = match token.as_str() {
            "YYYY" => format!("{year:04}"),
            "YY" => format!("{:02}", year.rem_euclid(100)),
            "MMMM" => MONTHS[(month - 1) as usize].to_string(),
            "MMM" => MONTHS[(month - 1) as usize][..3].to_string(),
            "MM" => format!("{month:02}"),
            "M" => month.to_string(),
            "DD" => format!("{day:02}"),
            "D" => day.to_string(),
            "EEEE" => DAYS[weekday].to_string(),
            "EEE" => DAYS[weekday][..3].to_string(),
            "hh" => format!("{hour:02}"),
            "h" => hour.to_string(),
            "HH" => format!("{twelve:02}"),
            "H" => twelve.to_string(),
            "AA" => if hour < 12 { "AM" } else { "PM" }.to_string(),
            "aa" => if hour < 12 { "am" } else { "pm" }.to_string(),
            "mm" => format!("{minute:02}"),
            "m" => minute.to_string(),
            "ss" => format!("{second:02}"),
            "s" => second.to_string(),
            "ZZZZZ" => time.offset_text(true),
            "ZZZZ" => time.offset_text(false),
            "ZZZ" if time.offset == 0 => "UTC".to_string(),
            "ZZZ" => time.offset_text(false),
            "Z" if time.offset == 0 => "Z".to_string(),
            "Z" => time.offset_text(true),
            other => return Err(format!("invalid date format verb \"{other}\"")),
        };
        out.push_str(&text);
        index = end;
    }
    let _ = time.utc;
    Ok(out)
}

/// Parses a Go duration (`1h30m`, `-10m`, `1.5h`, `300ms`) into nanoseconds.
fn parse_duration(text: &str) -> Result<i128, String> {
    let bad = || format!("\"{text}\" is not a duration (like \"1h30m\", \"-10m\" or \"90s\")");
    let (negative, mut rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(bad());
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let number_end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or_else(bad)?;
        let number = &rest[..number_end];
        if number.is_empty() || number == "." {
            return Err(bad());
        }
        rest = &rest[number_end..];
        let unit_end = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale: i128 = match &rest[..unit_end] {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return Err(bad()),
        };
        rest = &rest[unit_end..];
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let whole: i128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
        let mut value = whole.checked_mul(scale).ok_or_else(bad)?;
        let mut divisor: i128 = 1;
        let mut fraction_value: i128 = 0;
        for digit in fraction.chars().take(18) {
            fraction_value = fraction_value * 10 + i128::from(digit.to_digit(10).ok_or_else(bad)?);
            divisor *= 10;
        }
        value += fraction_value * scale / divisor;
        total = total.checked_add(value).ok_or_else(bad)?;
    }
    Ok(if negative { -total } else { total })
}

/// `timeadd(timestamp, duration)`.
pub(crate) fn timeadd(timestamp: &str, duration: &str) -> Result<String, String> {
    let time = Timestamp::parse(timestamp)?;
    let nanos = parse_duration(duration)?;
    time.plus(nanos).map(|moved| moved.rfc3339()).ok_or_else(|| "the result is out of range".to_string())
}

/// `timecmp(a, b)`: -1, 0 or 1.
pub(crate) fn timecmp(a: &str, b: &str) -> Result<i64, String> {
    let (a, b) = (Timestamp::parse(a)?, Timestamp::parse(b)?);
    Ok(match a.instant().cmp(&b.instant()) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatdate_matches_terraform_examples() {
        assert_eq!(formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z").as_deref(), Ok("02 Jan 2018 23:12 UTC"));
        assert_eq!(
            formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z").as_deref(),
            Ok("Tuesday, 02-Jan-18 23:12:01 UTC")
        );
        assert_eq!(
            formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00").as_deref(),
            Ok("Tue, 02 Jan 2018 23:12:01 -0800")
        );
        assert_eq!(formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z").as_deref(), Ok("Jan 02, 2018"));
        assert_eq!(formatdate("HH:mmaa", "2018-01-02T23:12:01Z").as_deref(), Ok("11:12pm"));
        assert_eq!(formatdate("h 'o''clock'", "2018-01-02T03:00:00Z").as_deref(), Ok("3 o'clock"));
        assert!(formatdate("YYYYY", "2018-01-02T23:12:01Z").is_err());
        assert!(formatdate("YYYY", "2018-02-30T23:12:01Z").is_err());
        assert!(formatdate("'open", "2018-01-02T23:12:01Z").is_err());
    }

    #[test]
    fn timeadd_and_timecmp() {
        assert_eq!(timeadd("2017-11-22T00:00:00Z", "10m").as_deref(), Ok("2017-11-22T00:10:00Z"));
        assert_eq!(timeadd("2017-11-22T00:00:00Z", "-1.5h").as_deref(), Ok("2017-11-21T22:30:00Z"));
        assert_eq!(timeadd("2024-02-28T23:00:00+02:00", "2h").as_deref(), Ok("2024-02-29T01:00:00+02:00"));
        assert!(timeadd("2017-11-22T00:00:00Z", "10x").is_err());
        assert!(timeadd("2017-11-22T00:00:00Z", "").is_err());
        assert_eq!(timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00"), Ok(0));
        assert_eq!(timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:01Z"), Ok(-1));
    }

    #[test]
    fn odd_inputs_are_errors_not_panics() {
        for input in [
            "",
            "2017",
            "2017-11-22T00:00:00",
            "2017-11-22T00:00:00+5",
            "9999-99-99T99:99:99Z",
            "2017-11-22T00:00:00.Z",
            "é017-11-22T00:00:00Z",
        ] {
            assert!(Timestamp::parse(input).is_err(), "{input}");
        }
        assert!(timeadd("2017-11-22T00:00:00Z", "99999999999999999999999h").is_err());
    }
}
