//! World gazetteer: place names and demonyms.
//!
//! General world knowledge, not tuned to any one story. Candidate token
//! spans are looked up by bisection in sorted constant lists, never by one
//! big regex alternation, which would dominate the extraction budget.

use super::names::{WordHasher, WordSet};

/// Countries and their short forms, capitals, major world cities, US
/// states and other large sub-national units, continents and regions, as
/// capitalised in running English. Sorted, for binary search.
#[rustfmt::skip]
const PLACES: &[&str] = &[
    "Abidjan", "Abkhazia", "Abu Dhabi", "Abuja", "Acapulco", "Accra", "Aceh", "Addis Ababa",
    "Adelaide", "Aden", "Afghanistan", "Africa", "Ahmedabad", "Alabama", "Alaska", "Albania",
    "Alberta", "Albuquerque", "Aleppo", "Alexandria", "Algeria", "Algiers", "America", "Amhara",
    "Amman", "Amsterdam", "Anbar", "Anchorage", "Andalusia", "Andes", "Andorra", "Angola",
    "Ankara", "Antalya", "Antananarivo", "Antarctica", "Antigua and Barbuda", "Antioquia",
    "Antwerp", "Apia", "Arabian Peninsula", "Arctic", "Arctic Ocean", "Argentina", "Arizona",
    "Arkansas", "Armenia", "Aruba", "Ashgabat", "Asia", "Asmara", "Assam", "Astana", "Asuncion",
    "Asunción", "Athens", "Atlanta", "Atlantic", "Atlantic Ocean", "Auckland", "Austin",
    "Australia", "Austria", "Azerbaijan", "Baghdad", "Bahamas", "Bahrain", "Baja California",
    "Bakhmut", "Baku", "Bali", "Balkans", "Balochistan", "Baltic Sea", "Baltics", "Baltimore",
    "Bamako", "Bandar Seri Begawan", "Bangalore", "Bangkok", "Bangladesh", "Bangui", "Banjul",
    "Barbados", "Barcelona", "Barranquilla", "Basel", "Basque Country", "Basra", "Bavaria",
    "Beijing", "Beirut", "Belarus", "Belfast", "Belgium", "Belgorod", "Belgrade", "Belize",
    "Belmopan", "Belo Horizonte", "Bengal", "Bengaluru", "Benghazi", "Benin", "Bergen", "Berlin",
    "Bermuda", "Bern", "Berne", "Bhutan", "Bihar", "Bilbao", "Birmingham", "Bishkek", "Bissau",
    "Black Sea", "Bloemfontein", "Bogota", "Bogotá", "Bolivia", "Bologna", "Bombay", "Bordeaux",
    "Borneo", "Borno", "Bosnia", "Bosnia and Herzegovina", "Boston", "Botswana", "Brasilia",
    "Brasília", "Bratislava", "Brazil", "Brazzaville", "Bridgetown", "Brisbane", "Bristol",
    "Britain", "British Columbia", "Brittany", "Bronx", "Brooklyn", "Brunei", "Brussels",
    "Bryansk", "Bucaramanga", "Bucharest", "Budapest", "Buenos Aires", "Bujumbura", "Bulgaria",
    "Burkina Faso", "Burma", "Burundi", "Busan", "Cabo Delgado", "Cabo Verde", "Cairo", "Calcutta",
    "Calgary", "Cali", "California", "Cambodia", "Cambridge", "Cameroon", "Canada", "Canberra",
    "Cancun", "Cancún", "Cape Town", "Cape Verde", "Caracas", "Cardiff", "Caribbean", "Cartagena",
    "Casablanca", "Caspian Sea", "Catalonia", "Catatumbo", "Cauca", "Caucasus", "Cayman Islands",
    "Cebu", "Central Africa", "Central African Republic", "Central America", "Central Asia",
    "Central Europe", "Chad", "Charlotte", "Chechnya", "Chengdu", "Chennai", "Chiang Mai",
    "Chiapas", "Chicago", "Chihuahua", "Chile", "China", "Chisinau", "Chittagong", "Chișinău",
    "Chongqing", "Christchurch", "Cincinnati", "Ciudad Juarez", "Ciudad Juárez", "Cleveland",
    "Cologne", "Colombia", "Colombo", "Colorado", "Columbus", "Comoros", "Conakry", "Congo",
    "Connecticut", "Copenhagen", "Corsica", "Costa Rica", "Crimea", "Croatia", "Cuba", "Cucuta",
    "Culiacan", "Culiacán", "Curaçao", "Cusco", "Cyprus", "Czech Republic", "Czechia", "Córdoba",
    "Côte d'Ivoire", "Cúcuta", "DRC", "Da Nang", "Dagestan", "Dakar", "Dallas", "Damascus",
    "Dar es Salaam", "Darfur", "Davao", "Davos", "Deir ez-Zor", "Delaware", "Delhi",
    "Democratic Republic of Congo", "Democratic Republic of the Congo", "Denmark", "Denver",
    "Detroit", "Dhaka", "Dili", "District of Columbia", "Djibouti", "Djibouti City", "Dnipro",
    "Dodoma", "Doha", "Dominica", "Dominican Republic", "Donbas", "Donbass", "Donetsk", "Dresden",
    "Dubai", "Dublin", "Durban", "Dushanbe", "Dusseldorf", "Düsseldorf", "East Africa",
    "East Asia", "East China Sea", "East Jerusalem", "East Timor", "Eastern Europe", "Ecuador",
    "Edinburgh", "Edmonton", "Egypt", "El Fasher", "El Salvador", "England", "Equatorial Guinea",
    "Erbil", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Eurasia", "Europe", "Falkland Islands",
    "Falklands", "Fallujah", "Far East", "Faroe Islands", "Fiji", "Finland", "Flanders",
    "Florence", "Florida", "Fortaleza", "France", "Frankfurt", "Freetown", "French Guiana",
    "Fresno", "Fujian", "Fukuoka", "Gabon", "Gaborone", "Galicia", "Gambia", "Gaza", "Gaza City",
    "Gaza Strip", "Gdansk", "Gdańsk", "Geneva", "Genoa", "Georgetown", "Georgia", "Germany",
    "Ghana", "Gibraltar", "Gitega", "Giza", "Glasgow", "Golan Heights", "Goma", "Gothenburg",
    "Great Britain", "Greece", "Greenland", "Grenada", "Guadalajara", "Guadeloupe", "Guam",
    "Guangdong", "Guangzhou", "Guatemala", "Guatemala City", "Guayaquil", "Guerrero", "Guinea",
    "Guinea-Bissau", "Gujarat", "Gulf of Mexico", "Guyana", "Haifa", "Haiti", "Halifax", "Hamburg",
    "Hangzhou", "Hanoi", "Harare", "Harbin", "Hargeisa", "Havana", "Hawaii", "Hebron", "Helmand",
    "Helsinki", "Herat", "Hiroshima", "Ho Chi Minh City", "Hodeidah", "Hokkaido", "Holland",
    "Holy See", "Homs", "Honduras", "Hong Kong", "Honiara", "Honolulu", "Horn of Africa",
    "Houston", "Hubei", "Hungary", "Hyderabad", "Ibadan", "Iceland", "Idaho", "Idlib", "Illinois",
    "Incheon", "India", "Indian Ocean", "Indiana", "Indianapolis", "Indo-Pacific", "Indonesia",
    "Inner Mongolia", "Iowa", "Iran", "Iraq", "Ireland", "Isfahan", "Islamabad", "Israel",
    "Istanbul", "Italy", "Ituri", "Ivory Coast", "Izmir", "Jacksonville", "Jaipur", "Jakarta",
    "Jalisco", "Jamaica", "Japan", "Java", "Jeddah", "Jenin", "Jerusalem", "Johannesburg",
    "Jordan", "Juba", "Kabul", "Kachin", "Kampala", "Kandahar", "Kano", "Kansas", "Kansas City",
    "Kaohsiung", "Karachi", "Karnataka", "Kasai", "Kashmir", "Katanga", "Kathmandu", "Kazakhstan",
    "Kazan", "Kentucky", "Kenya", "Kerala", "Khan Younis", "Kharkiv", "Khartoum", "Kherson",
    "Khuzestan", "Khyber Pakhtunkhwa", "Kiev", "Kigali", "Kingston", "Kinshasa", "Kiribati",
    "Kirkuk", "Kisumu", "Kivu", "Kolkata", "Kordofan", "Korea", "Korean Peninsula", "Kosovo",
    "Krakow", "Kraków", "Kuala Lumpur", "Kurdistan", "Kursk", "Kuwait", "Kuwait City", "Kyiv",
    "Kyoto", "Kyrgyzstan", "Kyushu", "La Paz", "Lagos", "Lahore", "Laos", "Las Vegas",
    "Latin America", "Latvia", "Lebanon", "Leeds", "Leipzig", "Lesotho", "Lhasa", "Liberia",
    "Libreville", "Libya", "Liechtenstein", "Lille", "Lilongwe", "Lima", "Lisbon", "Lithuania",
    "Liverpool", "Ljubljana", "Lombardy", "Lome", "Lomé", "London", "Los Angeles", "Louisiana",
    "Luanda", "Lubumbashi", "Lucknow", "Luhansk", "Lusaka", "Luxembourg", "Luxor", "Luzon", "Lviv",
    "Lyon", "Macao", "Macau", "Macedonia", "Madagascar", "Madras", "Madrid", "Maghreb",
    "Maharashtra", "Maine", "Malabo", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Malé",
    "Managua", "Manama", "Manaus", "Manchester", "Mandalay", "Manhattan", "Manila", "Manipur",
    "Manitoba", "Maputo", "Maracaibo", "Mariupol", "Marrakech", "Marrakesh", "Marseille",
    "Marshall Islands", "Martinique", "Maryland", "Maseru", "Mashhad", "Massachusetts",
    "Mauritania", "Mauritius", "Mazar-i-Sharif", "Mbabane", "Mecca", "Medellin", "Medellín",
    "Medina", "Mediterranean", "Mediterranean Sea", "Melbourne", "Memphis", "Mexico",
    "Mexico City", "Miami", "Michigan", "Michoacan", "Michoacán", "Micronesia", "Middle East",
    "Milan", "Milwaukee", "Mindanao", "Minneapolis", "Minnesota", "Minsk", "Misrata",
    "Mississippi", "Missouri", "Mogadishu", "Moldova", "Mombasa", "Monaco", "Mongolia", "Monrovia",
    "Montana", "Montego Bay", "Montenegro", "Monterrey", "Montevideo", "Montreal", "Montréal",
    "Morocco", "Moroni", "Moscow", "Mosul", "Mozambique", "Mumbai", "Munich", "Muscat", "Myanmar",
    "Málaga", "N'Djamena", "Nablus", "Nagasaki", "Nagorno-Karabakh", "Nagoya", "Nairobi",
    "Namibia", "Nanjing", "Naples", "Nariño", "Nashville", "Nassau", "Nauru", "Nay Pyi Taw",
    "Naypyidaw", "Near East", "Nebraska", "Nepal", "Netherlands", "Nevada", "New Brunswick",
    "New Caledonia", "New Delhi", "New Hampshire", "New Jersey", "New Mexico", "New Orleans",
    "New South Wales", "New York", "New York City", "New Zealand", "Newfoundland", "Niamey",
    "Nicaragua", "Nicosia", "Niger", "Nigeria", "Nineveh", "Nordics", "Normandy", "North Africa",
    "North America", "North Carolina", "North Dakota", "North Kivu", "North Korea",
    "North Macedonia", "North Sea", "Northern Europe", "Northern Ireland", "Northern Territory",
    "Norway", "Nouakchott", "Nova Scotia", "Novosibirsk", "Nuku'alofa", "Nunavut", "Nur-Sultan",
    "Oaxaca", "Oceania", "Odesa", "Odessa", "Odisha", "Ohio", "Okinawa", "Oklahoma", "Oman",
    "Omdurman", "Ontario", "Oregon", "Orlando", "Oromia", "Osaka", "Oslo", "Ottawa", "Ouagadougou",
    "Oxford", "Pacific", "Pacific Ocean", "Pakistan", "Palau", "Palermo", "Palestine",
    "Palestinian Territories", "Panama", "Panama City", "Papua", "Papua New Guinea", "Paraguay",
    "Paramaribo", "Paris", "Patagonia", "Penang", "Pennsylvania", "People's Republic of China",
    "Persian Gulf", "Perth", "Peru", "Peshawar", "Philadelphia", "Philippines", "Phnom Penh",
    "Phoenix", "Phuket", "Pittsburgh", "Podgorica", "Poland", "Port Harcourt", "Port Louis",
    "Port Moresby", "Port of Spain", "Port-au-Prince", "Portland", "Porto", "Porto Alegre",
    "Porto-Novo", "Portugal", "Prague", "Praia", "Pretoria", "Pristina", "Puebla", "Puerto Rico",
    "Pune", "Punjab", "Pyongyang", "Qatar", "Qom", "Quebec", "Quebec City", "Queens", "Queensland",
    "Quetta", "Quito", "Québec", "Rabat", "Rafah", "Rajasthan", "Rakhine", "Ramallah", "Rangoon",
    "Raqqa", "Rawalpindi", "Recife", "Red Sea", "Republic of the Congo", "Reykjavik", "Reykjavík",
    "Rhode Island", "Riga", "Rio de Janeiro", "Riyadh", "Romania", "Rome", "Rosario", "Roseau",
    "Rotterdam", "Russia", "Russian Federation", "Rwanda", "Réunion", "Sabah", "Sacramento",
    "Sahara", "Sahel", "Saigon", "Saint Kitts and Nevis", "Saint Lucia", "Saint Petersburg",
    "Saint Vincent and the Grenadines", "Salt Lake City", "Salvador", "Samoa", "San Antonio",
    "San Diego", "San Francisco", "San Jose", "San José", "San Marino", "San Salvador", "Sana'a",
    "Sanaa", "Santiago", "Santo Domingo", "Sao Paulo", "Sapporo", "Sarajevo", "Sarawak",
    "Sardinia", "Saskatchewan", "Saudi Arabia", "Scandinavia", "Scotland", "Seattle", "Senegal",
    "Seoul", "Serbia", "Seville", "Seychelles", "Shan", "Shanghai", "Sharjah", "Shenzhen",
    "Shiraz", "Siberia", "Sichuan", "Sicily", "Sierra Leone", "Silicon Valley", "Sinai", "Sinaloa",
    "Sindh", "Singapore", "Singapore City", "Sistan-Baluchestan", "Skopje", "Slovakia", "Slovenia",
    "Sochi", "Sofia", "Solomon Islands", "Somalia", "Somaliland", "Sonora", "South Africa",
    "South America", "South Asia", "South Australia", "South Carolina", "South China Sea",
    "South Dakota", "South Kivu", "South Korea", "South Ossetia", "South Sudan", "Southeast Asia",
    "Southern Africa", "Southern Europe", "Soweto", "Spain", "Sri Lanka", "Srinagar", "St. Louis",
    "St. Petersburg", "Stockholm", "Strait of Hormuz", "Strasbourg", "Stuttgart",
    "Sub-Saharan Africa", "Sucre", "Sudan", "Sumatra", "Surabaya", "Suriname", "Suva", "Swaziland",
    "Sweden", "Switzerland", "Sydney", "Syria", "São Paulo", "São Tomé and Príncipe", "Tabriz",
    "Tahiti", "Taipei", "Taiwan", "Taiwan Strait", "Tajikistan", "Tallinn", "Tamaulipas",
    "Tamil Nadu", "Tampa", "Tangier", "Tanzania", "Tashkent", "Tasmania", "Tbilisi", "Tegucigalpa",
    "Tehran", "Tel Aviv", "Telangana", "Tennessee", "Texas", "Thailand", "The Bahamas",
    "The Gambia", "The Hague", "The Netherlands", "The Philippines", "Thessaloniki", "Thimphu",
    "Tianjin", "Tibet", "Tigray", "Tijuana", "Timbuktu", "Timor-Leste", "Tirana", "Togo", "Tokyo",
    "Tonga", "Toronto", "Toulouse", "Transcarpathia", "Transnistria", "Trinidad and Tobago",
    "Tripoli", "Tucson", "Tunis", "Tunisia", "Turin", "Turkey", "Turkmenistan", "Tuscany",
    "Tuvalu", "Türkiye", "U.A.E.", "U.K.", "U.S.", "U.S.A.", "UAE", "UK", "US", "USA", "Uganda",
    "Ukraine", "Ulaanbaatar", "United Arab Emirates", "United Kingdom", "United States",
    "United States of America", "Uruguay", "Urumqi", "Utah", "Uttar Pradesh", "Uzbekistan",
    "Vaduz", "Valencia", "Valletta", "Valparaíso", "Vancouver", "Vanuatu", "Vatican",
    "Vatican City", "Venezuela", "Venice", "Veracruz", "Vermont", "Victoria", "Vienna",
    "Vientiane", "Viet Nam", "Vietnam", "Vilnius", "Virginia", "Vladivostok", "Wales",
    "Wall Street", "Wallonia", "Warsaw", "Washington", "Washington D.C.", "Washington State",
    "Washington, D.C.", "Wellington", "West Africa", "West Bank", "West Bengal", "West Virginia",
    "Western Australia", "Western Europe", "Western Sahara", "Windhoek", "Winnipeg", "Wisconsin",
    "Wrocław", "Wuhan", "Wyoming", "Xi'an", "Xinjiang", "Yamoussoukro", "Yangon", "Yaounde",
    "Yaoundé", "Yekaterinburg", "Yemen", "Yerevan", "Yokohama", "Yucatan", "Yucatán", "Yukon",
    "Yunnan", "Zagreb", "Zambia", "Zaporizhzhia", "Zaporizhzhia Oblast", "Zimbabwe", "Zulia",
    "Zurich", "Zürich",
];

/// No place name above has more words than this.
const MAX_PLACE_TOKENS: usize = 5;

/// Country (or region) adjectives and nationality nouns, mapped to the
/// place they point at. Plural nationality nouns are listed because "many
/// Colombians" is just as much a context cue as "Colombian".
#[rustfmt::skip]
const DEMONYMS: &[(&str, &str)] = &[
    ("Afghan", "Afghanistan"), ("African", "Africa"), ("Albanian", "Albania"),
    ("Algerian", "Algeria"), ("American", "United States"), ("Andorran", "Andorra"),
    ("Angolan", "Angola"), ("Arab", "Middle East"), ("Argentine", "Argentina"),
    ("Argentinian", "Argentina"), ("Armenian", "Armenia"), ("Asian", "Asia"),
    ("Australian", "Australia"), ("Austrian", "Austria"), ("Azerbaijani", "Azerbaijan"),
    ("Azeri", "Azerbaijan"), ("Bahamian", "Bahamas"), ("Bahraini", "Bahrain"),
    ("Bangladeshi", "Bangladesh"), ("Barbadian", "Barbados"), ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"), ("Belizean", "Belize"), ("Beninese", "Benin"), ("Bhutanese", "Bhutan"),
    ("Bolivian", "Bolivia"), ("Bosnian", "Bosnia and Herzegovina"), ("Botswanan", "Botswana"),
    ("Brazilian", "Brazil"), ("British", "United Kingdom"), ("Briton", "United Kingdom"),
    ("Bruneian", "Brunei"), ("Bulgarian", "Bulgaria"), ("Burkinabe", "Burkina Faso"),
    ("Burmese", "Myanmar"), ("Burundian", "Burundi"), ("Californian", "California"),
    ("Cambodian", "Cambodia"), ("Cameroonian", "Cameroon"), ("Canadian", "Canada"),
    ("Caribbean", "Caribbean"), ("Catalan", "Catalonia"), ("Chadian", "Chad"),
    ("Chilean", "Chile"), ("Chinese", "China"), ("Colombian", "Colombia"), ("Congolese", "Congo"),
    ("Costa Rican", "Costa Rica"), ("Croatian", "Croatia"), ("Cuban", "Cuba"),
    ("Cypriot", "Cyprus"), ("Czech", "Czech Republic"), ("Dane", "Denmark"), ("Danish", "Denmark"),
    ("Djiboutian", "Djibouti"), ("Dominican", "Dominican Republic"), ("Dutch", "Netherlands"),
    ("Ecuadorean", "Ecuador"), ("Ecuadorian", "Ecuador"), ("Egyptian", "Egypt"),
    ("Emirati", "United Arab Emirates"), ("English", "England"), ("Eritrean", "Eritrea"),
    ("Estonian", "Estonia"), ("Ethiopian", "Ethiopia"), ("European", "Europe"), ("Fijian", "Fiji"),
    ("Filipino", "Philippines"), ("Finnish", "Finland"), ("Floridian", "Florida"),
    ("French", "France"), ("Gabonese", "Gabon"), ("Gambian", "Gambia"), ("Georgian", "Georgia"),
    ("German", "Germany"), ("Ghanaian", "Ghana"), ("Greek", "Greece"), ("Guatemalan", "Guatemala"),
    ("Guinean", "Guinea"), ("Guyanese", "Guyana"), ("Haitian", "Haiti"), ("Honduran", "Honduras"),
    ("Hungarian", "Hungary"), ("Icelandic", "Iceland"), ("Indian", "India"),
    ("Indonesian", "Indonesia"), ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("Irish", "Ireland"),
    ("Israeli", "Israel"), ("Italian", "Italy"), ("Ivorian", "Ivory Coast"),
    ("Jamaican", "Jamaica"), ("Japanese", "Japan"), ("Jordanian", "Jordan"),
    ("Kazakh", "Kazakhstan"), ("Kenyan", "Kenya"), ("Korean", "Korea"), ("Kosovar", "Kosovo"),
    ("Kurdish", "Kurdistan"), ("Kuwaiti", "Kuwait"), ("Kyrgyz", "Kyrgyzstan"), ("Lao", "Laos"),
    ("Laotian", "Laos"), ("Latin American", "Latin America"), ("Latvian", "Latvia"),
    ("Lebanese", "Lebanon"), ("Liberian", "Liberia"), ("Libyan", "Libya"),
    ("Lithuanian", "Lithuania"), ("Londoner", "London"), ("Luxembourgish", "Luxembourg"),
    ("Macedonian", "North Macedonia"), ("Malagasy", "Madagascar"), ("Malawian", "Malawi"),
    ("Malaysian", "Malaysia"), ("Maldivian", "Maldives"), ("Malian", "Mali"), ("Maltese", "Malta"),
    ("Mauritanian", "Mauritania"), ("Mauritian", "Mauritius"), ("Mexican", "Mexico"),
    ("Middle Eastern", "Middle East"), ("Moldovan", "Moldova"), ("Mongolian", "Mongolia"),
    ("Montenegrin", "Montenegro"), ("Moroccan", "Morocco"), ("Mozambican", "Mozambique"),
    ("Muscovite", "Moscow"), ("Namibian", "Namibia"), ("Nepalese", "Nepal"), ("Nepali", "Nepal"),
    ("New Yorker", "New York"), ("New Zealander", "New Zealand"), ("Nicaraguan", "Nicaragua"),
    ("Nigerian", "Nigeria"), ("Nigerien", "Niger"), ("North Korean", "North Korea"),
    ("Norwegian", "Norway"), ("Omani", "Oman"), ("Pakistani", "Pakistan"),
    ("Palestinian", "Palestine"), ("Panamanian", "Panama"), ("Paraguayan", "Paraguay"),
    ("Parisian", "Paris"), ("Peruvian", "Peru"), ("Philippine", "Philippines"), ("Pole", "Poland"),
    ("Polish", "Poland"), ("Portuguese", "Portugal"), ("Puerto Rican", "Puerto Rico"),
    ("Qatari", "Qatar"), ("Romanian", "Romania"), ("Russian", "Russia"), ("Rwandan", "Rwanda"),
    ("Salvadoran", "El Salvador"), ("Salvadorean", "El Salvador"), ("Saudi", "Saudi Arabia"),
    ("Scot", "Scotland"), ("Scottish", "Scotland"), ("Senegalese", "Senegal"), ("Serb", "Serbia"),
    ("Serbian", "Serbia"), ("Singaporean", "Singapore"), ("Slovak", "Slovakia"),
    ("Slovenian", "Slovenia"), ("Somali", "Somalia"), ("South African", "South Africa"),
    ("South Korean", "South Korea"), ("South Sudanese", "South Sudan"), ("Spaniard", "Spain"),
    ("Spanish", "Spain"), ("Sri Lankan", "Sri Lanka"), ("Sudanese", "Sudan"),
    ("Surinamese", "Suriname"), ("Swede", "Sweden"), ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"), ("Syrian", "Syria"), ("Taiwanese", "Taiwan"),
    ("Tajik", "Tajikistan"), ("Tanzanian", "Tanzania"), ("Texan", "Texas"), ("Thai", "Thailand"),
    ("Togolese", "Togo"), ("Tunisian", "Tunisia"), ("Turk", "Turkey"), ("Turkish", "Turkey"),
    ("Turkmen", "Turkmenistan"), ("Ugandan", "Uganda"), ("Ukrainian", "Ukraine"),
    ("Uruguayan", "Uruguay"), ("Uzbek", "Uzbekistan"), ("Venezuelan", "Venezuela"),
    ("Vietnamese", "Vietnam"), ("Welsh", "Wales"), ("Yemeni", "Yemen"), ("Zambian", "Zambia"),
    ("Zimbabwean", "Zimbabwe"),
];

/// Words that end (or head, before "of") an organisation's name.
#[rustfmt::skip]
pub(crate) const ORG_WORDS: &[&str] = &[
    "AG", "Academy", "Administration", "Agence", "Agency", "Airlines", "Airways", "Alliance",
    "Army", "Assembly", "Association", "Authority", "Bank", "Battalion", "Board", "Brigade",
    "Brigades", "Broadcasting", "Bureau", "Cabinet", "Cartel", "Caucus", "Center", "Centre",
    "Chamber", "Church", "Club", "Co.", "Coalition", "College", "Command", "Commission",
    "Committee", "Company", "Congress", "Consortium", "Consulate", "Corp", "Corp.", "Corporation",
    "Corps", "Council", "Court", "Department", "Directorate", "Division", "Embassy", "Enterprises",
    "Exchange", "Federation", "Fleet", "Forces", "Foundation", "Front", "Fund", "Gazette", "GmbH",
    "Group", "Guard", "Herald", "Holdings", "Hospital", "Inc", "Inc.", "Industries", "Initiative",
    "Inspectorate", "Institute", "Institution", "Journal", "LLC", "Laboratories", "Labs", "League",
    "Ltd", "Ltd.", "Media", "Militia", "Ministry", "Motors", "Movement", "Navy", "Network", "News",
    "Observatory", "Office", "Organisation", "Organization", "PLC", "Parliament", "Partners",
    "Party", "Pharmaceuticals", "Police", "Post", "Press", "Program", "Programme", "Prosecutor's",
    "Radio", "Regiment", "Reserve", "SA", "School", "Secretariat", "Senate", "Service", "Services",
    "Society", "Squadron", "Syndicate", "Systems", "Technologies", "Telegraph", "Television",
    "Times", "Tribunal", "Tribune", "Trust", "Union", "University", "plc",
];

/// Organisations known by a bare name with no organisation word in it.
#[rustfmt::skip]
pub(crate) const KNOWN_ORGS: &[&str] = &[
    "African Union", "Agence France-Presse", "Airbus", "Al Jazeera", "Al Qaeda", "Al-Qaeda",
    "Al-Shabaab", "Amnesty International", "Aramco", "Associated Press", "Axios", "Bloomberg",
    "Boeing", "Boko Haram", "Bundesrat", "Bundestag", "Congress", "Doctors Without Borders",
    "Downing Street", "Duma", "Ecopetrol", "Elysee", "Euronews", "European Union", "Europol",
    "Facebook", "Gazprom", "Google", "Greenpeace", "Hamas", "Hezbollah", "Houthis",
    "Human Rights Watch", "Interfax", "Interpol", "Islamic State", "Knesset", "Kremlin", "Kyodo",
    "Microsoft", "Mossad", "Médecins Sans Frontières", "Nvidia", "OpenAI", "Parliament", "Pemex",
    "Pentagon", "Petrobras", "Politburo", "Politico", "Red Crescent", "Red Cross", "Reuters",
    "Rosneft", "Samsung", "Scotland Yard", "Senate", "Taliban", "Tass", "TikTok", "Toyota",
    "United Nations", "Vatican", "Volkswagen", "Wagner", "Wall Street Journal", "White House",
    "World Bank", "Xinhua", "Yonhap", "YouTube", "al-Qaeda", "al-Shabaab", "Élysée",
];

/// All-caps abbreviations that are ordinary words, not organisations.
#[rustfmt::skip]
pub(crate) const NOT_ACRONYMS: &[&str] = &[
    "AD", "ADHD", "AI", "AIDS", "AKA", "AM", "ASAP", "ATM", "BC", "BCE", "BST", "CCTV", "CDT",
    "CE", "CEO", "CEST", "CET", "CFO", "CO2", "COO", "COVID", "CST", "CTO", "DIY", "DJ", "DNA",
    "EDT", "ER", "EST", "ET", "ETF", "FAQ", "FYI", "GDP", "GMT", "GPS", "HIV", "HQ", "HR", "ICU",
    "ID", "II", "III", "IPO", "IQ", "IT", "IV", "IX", "KG", "KM", "LGBT", "LGBTQ", "LOL", "MBA",
    "MC", "MP", "MPH", "MPS", "MRI", "NGO", "NGOS", "OK", "OMG", "PDF", "PDT", "PHD", "PIN", "PM",
    "PR", "PS", "PST", "PTSD", "QA", "RIP", "RNA", "RSVP", "SMS", "SUV", "TBD", "TV", "UFO", "UK",
    "URL", "US", "USB", "UTC", "VAT", "VI", "VII", "VIII", "VIP", "VP", "WWI", "WWII", "XI", "XII",
    "XX", "XXI",
];

/// The country (or region) a demonym points at: "Colombian" → "Colombia".
/// Accepts plurals ("Colombians", "Swiss") and the possessive-free form
/// only; it does not fold case, because lowercase "american" is not a cue.
pub fn demonym_country(word: &str) -> Option<&'static str> {
    let word = word.trim();
    let lookup = |w: &str| {
        DEMONYMS
            .binary_search_by(|(d, _)| (*d).cmp(w))
            .ok()
            .map(|i| DEMONYMS[i].1)
    };
    if let Some(c) = lookup(word) {
        return Some(c);
    }
    // Nationality plurals: "Colombians", "Filipinos"; "-ese"/"-ish" take none.
    word.strip_suffix('s').and_then(lookup)
}

/// Place and demonym lookups, hashed once per analysis (the entity scan
/// asks for every window of up to `max_tokens` capitalised words).
pub struct Gazetteer {
    /// Longest place name in tokens, to bound the candidate windows.
    pub max_tokens: usize,
    places: WordSet,
    demonyms: std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<WordHasher>>,
}

impl Gazetteer {
    pub fn new() -> Self {
        Gazetteer {
            max_tokens: MAX_PLACE_TOKENS,
            places: WordSet::of(&[PLACES]),
            demonyms: DEMONYMS.iter().map(|(d, _)| *d).collect(),
        }
    }

    pub fn is_place(&self, name: &str) -> bool {
        self.places.has(name)
    }

    /// True for "Colombian" and "Colombians" alike: what
    /// [`demonym_country`] finds.
    pub fn is_demonym(&self, word: &str) -> bool {
        let word = word.trim();
        self.demonyms.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|w| self.demonyms.contains(w))
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_map_to_countries() {
        assert_eq!(demonym_country("Turkish"), Some("Turkey"));
        assert_eq!(demonym_country("Mexicans"), Some("Mexico"));
        assert_eq!(demonym_country("American"), Some("United States"));
        assert_eq!(demonym_country("Table"), None);
        assert_eq!(demonym_country("mexican"), None);
    }

    #[test]
    fn gazetteer_covers_world_places_not_just_one_region() {
        let g = Gazetteer::new();
        for p in [
            "Nairobi",
            "Ulaanbaatar",
            "Democratic Republic of the Congo",
            "Latin America",
            "Wyoming",
            "Kyiv",
            "São Paulo",
            "U.S.",
        ] {
            assert!(g.is_place(p), "{p} missing");
        }
        assert!(!g.is_place("Colombian"));
        assert!(!g.is_place("Monday"));
        assert!(g.max_tokens >= 5);
    }

    #[test]
    fn lists_are_sorted_and_bounded() {
        assert!(PLACES.windows(2).all(|w| w[0] < w[1]));
        assert!(DEMONYMS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            PLACES
                .iter()
                .all(|p| p.split(' ').count() <= MAX_PLACE_TOKENS)
        );
        assert!(PLACES.iter().all(|p| p.trim() == *p && !p.contains("  ")));
    }
}
