//! The units a measure may be written in, and how each reaches its
//! dimension's base unit.

use crate::engine::model::Interval;

/// A unit and how to reach its dimension's base unit: base = x·factor + offset.
#[derive(Debug)]
pub struct Unit {
    pub names: &'static [&'static str],
    pub base: &'static str,
    pub factor: f64,
    /// The largest factor a name may mean, where it means several: a bare
    /// "ton" is a short, a metric or a long ton.
    pub factor_hi: f64,
    pub offset: f64,
}

impl Unit {
    pub fn to_base(&self, iv: Interval) -> Interval {
        let mut out = iv.scale(self.factor);
        if self.factor_hi > self.factor && iv.hi >= 0.0 {
            out.hi = iv.scale(self.factor_hi).hi;
        }
        out.lo += self.offset;
        out.hi += self.offset;
        out
    }
}

const fn u(names: &'static [&'static str], base: &'static str, factor: f64) -> Unit {
    Unit {
        names,
        base,
        factor,
        factor_hi: factor,
        offset: 0.0,
    }
}

/// A unit whose name may mean any factor from `lo` to `hi`.
const fn either(names: &'static [&'static str], base: &'static str, lo: f64, hi: f64) -> Unit {
    Unit {
        names,
        base,
        factor: lo,
        factor_hi: hi,
        offset: 0.0,
    }
}

const SHORT_TON: f64 = 907.184_74;
const LONG_TON: f64 = 1_016.046_908_8;

/// The base of degrees on no stated scale.
pub const BARE_DEGREES: &str = "deg";

/// Names are lowercase; a space stands for any run of whitespace. The
/// one-letter "m" is kept (it needs a space before it, see quantity.rs),
/// and "t" glued to its number ("850t of copper"); "l", "g" and "in" are
/// left out as too ambiguous in prose.
pub const UNITS: &[Unit] = &[
    u(
        &[
            "millimetres",
            "millimeters",
            "millimetre",
            "millimeter",
            "mm",
        ],
        "m",
        0.001,
    ),
    u(
        &[
            "centimetres",
            "centimeters",
            "centimetre",
            "centimeter",
            "cm",
        ],
        "m",
        0.01,
    ),
    u(&["metres", "meters", "metre", "meter", "m"], "m", 1.0),
    u(
        &[
            "kilometres",
            "kilometers",
            "kilometre",
            "kilometer",
            "kms",
            "km",
        ],
        "m",
        1000.0,
    ),
    u(&["nautical miles", "nautical mile"], "m", 1852.0),
    u(&["miles", "mile"], "m", 1609.344),
    u(&["feet", "foot", "ft"], "m", 0.3048),
    u(&["inches", "inch"], "m", 0.0254),
    u(&["yards", "yard", "yds", "yd"], "m", 0.9144),
    u(
        &[
            "micrograms",
            "microgrammes",
            "microgram",
            "microgramme",
            "µg",
            "mcg",
        ],
        "kg",
        1e-9,
    ),
    u(
        &["milligrams", "milligrammes", "milligram", "mg"],
        "kg",
        1e-6,
    ),
    u(&["grams", "grammes", "gram", "gramme"], "kg", 1e-3),
    // The metric carat of gems; "18-carat gold" is a purity, refused in
    // `quantity`.
    u(&["carats", "carat"], "kg", 2e-4),
    u(
        &[
            "kilograms",
            "kilogrammes",
            "kilogram",
            "kilogramme",
            "kilos",
            "kilo",
            "kgs",
            "kg",
        ],
        "kg",
        1.0,
    ),
    u(
        &[
            "metric tons",
            "metric tonnes",
            "metric ton",
            "tonnes",
            "tonne",
            "t",
        ],
        "kg",
        1000.0,
    ),
    u(&["short tons", "short ton"], "kg", SHORT_TON),
    u(&["long tons", "long ton"], "kg", LONG_TON),
    // An American "35-ton vehicle" is in short tons, a British "ton" may
    // be long, and many a "ton" is metric.
    either(&["tons", "ton"], "kg", SHORT_TON, LONG_TON),
    u(&["pounds", "pound", "lbs", "lb"], "kg", 0.453_592_37),
    u(&["ounces", "ounce", "oz"], "kg", 0.028_349_523_125),
    u(
        &[
            "millilitres",
            "milliliters",
            "millilitre",
            "milliliter",
            "ml",
        ],
        "l",
        0.001,
    ),
    u(&["litres", "liters", "litre", "liter"], "l", 1.0),
    u(
        &[
            "cubic metres",
            "cubic meters",
            "cubic metre",
            "cubic meter",
            "m3",
            "m³",
        ],
        "l",
        1000.0,
    ),
    u(
        &["cubic feet", "cubic foot", "cu ft", "ft3", "ft³"],
        "l",
        28.316_846_592,
    ),
    u(&["gallons", "gallon"], "l", 3.785_411_784),
    u(&["barrels", "barrel", "bbl"], "l", 158.987_294_928),
    u(
        &[
            "square kilometres",
            "square kilometers",
            "square kilometre",
            "square kilometer",
            "sq km",
            "km2",
            "km²",
        ],
        "m2",
        1e6,
    ),
    u(
        &[
            "square metres",
            "square meters",
            "square metre",
            "square meter",
            "sq metres",
            "sq meters",
            "sq metre",
            "sq meter",
            "sq m",
            "m2",
            "m²",
        ],
        "m2",
        1.0,
    ),
    u(
        &[
            "square miles",
            "square mile",
            "sq miles",
            "sq mile",
            "sq mi",
        ],
        "m2",
        2_589_988.110_336,
    ),
    u(
        &["square feet", "square foot", "sq feet", "sq foot", "sq ft"],
        "m2",
        0.092_903_04,
    ),
    u(&["hectares", "hectare", "ha"], "m2", 1e4),
    u(&["acres", "acre"], "m2", 4_046.856_422_4),
    u(
        &[
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
            "kilometers an hour",
            "km per hour",
            "km/h",
            "kmh",
            "kmph",
            "kph",
        ],
        "m/s",
        1.0 / 3.6,
    ),
    u(&["miles per hour", "miles an hour", "mph"], "m/s", 0.447_04),
    u(
        &["metres per second", "meters per second", "m/s"],
        "m/s",
        1.0,
    ),
    u(&["knots", "knot"], "m/s", 1852.0 / 3600.0),
    // Power and energy, as grids and plants are reported.
    // Pressure: "at 70 bar (1,015psi)". Not "bars", which are also
    // things ("two chocolate bars").
    u(&["bar"], "Pa", 1e5),
    u(&["psi"], "Pa", 6_894.757_293),
    u(&["watts", "watt"], "W", 1.0),
    u(&["kilowatts", "kilowatt", "kw"], "W", 1e3),
    u(&["megawatts", "megawatt", "mw"], "W", 1e6),
    u(&["gigawatts", "gigawatt", "gw"], "W", 1e9),
    u(&["terawatts", "terawatt", "tw"], "W", 1e12),
    u(&["kilowatt-hours", "kilowatt-hour", "kwh"], "Wh", 1e3),
    u(&["megawatt-hours", "megawatt-hour", "mwh"], "Wh", 1e6),
    u(&["gigawatt-hours", "gigawatt-hour", "gwh"], "Wh", 1e9),
    u(&["terawatt-hours", "terawatt-hour", "twh"], "Wh", 1e12),
    // Concentrations: of a substance in blood or water (grams per litre),
    // of a pollutant in air (per cubic metre, 1,000 litres), of a gas.
    u(
        &[
            "nanograms per millilitre",
            "nanograms per milliliter",
            "ng/ml",
        ],
        "g/l",
        1e-6,
    ),
    u(
        &[
            "micrograms per litre",
            "micrograms per liter",
            "µg/l",
            "μg/l",
        ],
        "g/l",
        1e-6,
    ),
    u(
        &["milligrams per litre", "milligrams per liter", "mg/l"],
        "g/l",
        1e-3,
    ),
    u(
        &[
            "micrograms per cubic metre",
            "micrograms per cubic meter",
            "µg/m³",
            "μg/m³",
            "µg/m3",
            "μg/m3",
        ],
        "g/l",
        1e-9,
    ),
    u(&["parts per million", "ppm"], "ppm", 1.0),
    u(&["parts per billion", "ppb"], "ppm", 1e-3),
    // Data, in the decimal multiples news and storage makers use.
    u(&["bytes", "byte"], "B", 1.0),
    u(&["kilobytes", "kilobyte", "kb"], "B", 1e3),
    u(&["megabytes", "megabyte", "mb"], "B", 1e6),
    u(&["gigabytes", "gigabyte", "gb"], "B", 1e9),
    u(&["terabytes", "terabyte", "tb"], "B", 1e12),
    u(&["petabytes", "petabyte", "pb"], "B", 1e15),
    u(
        &[
            "degrees celsius",
            "degree celsius",
            "degrees centigrade",
            "celsius",
            "centigrade",
            "°c",
            "ºc",
            "℃",
            "c",
        ],
        "C",
        1.0,
    ),
    // Degrees on no stated scale: a temperature in Celsius or in
    // Fahrenheit, whichever the outlet's readers use (see
    // `compat::compatible`).
    u(&["degrees", "degree"], BARE_DEGREES, 1.0),
    Unit {
        names: &[
            "degrees fahrenheit",
            "degree fahrenheit",
            "fahrenheit",
            "°f",
            "ºf",
            "℉",
            "f",
        ],
        base: "C",
        factor: 5.0 / 9.0,
        factor_hi: 5.0 / 9.0,
        offset: -160.0 / 9.0,
    },
];
