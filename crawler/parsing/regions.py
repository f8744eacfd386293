"""Names of regions that qualify a place in a dateline (`Bandung, Jawa Barat -`, `MEDAN, SUMUT -`,
`Kuala Lumpur, Malaysia -`): Indonesia's provinces, as written in full and as abbreviated, its large islands,
Malaysia's states, and countries as Indonesian texts name them. A dateline reader takes such a name for part
of the place, never for an outlet's name (an outlet missing from the agency table is recognised by its shape:
`Jakarta, Indonesia Window -`, `Jakarta, VOA -`, `TIMES MALANG, JAKARTA -`, and a region has that shape too).

Jakarta is left out (`DKI Jakarta` is in): as a dateline's second part it is the city (`TIMES MALANG, JAKARTA -`)."""

from __future__ import annotations

import re

_PROVINCE_NAMES = (
    "Aceh", "NAD", "Sumatera Utara", "Sumut", "Sumatera Barat", "Sumbar", "Riau", "Kepulauan Riau", "Kepri",
    "Jambi", "Sumatera Selatan", "Sumsel", "Bangka Belitung", "Kepulauan Bangka Belitung", "Babel", "Bengkulu",
    "Lampung", "Banten", "DKI Jakarta", "DKI", "Jawa Barat", "Jabar", "Jawa Tengah", "Jateng", "Jawa Timur", "Jatim", "Yogyakarta",
    "DIY", "DI Yogyakarta", "Jogja", "Bali", "Nusa Tenggara Barat", "NTB", "Nusa Tenggara Timur", "NTT",
    "Kalimantan Barat", "Kalbar", "Kalimantan Tengah", "Kalteng", "Kalimantan Selatan", "Kalsel",
    "Kalimantan Timur", "Kaltim", "Kalimantan Utara", "Kaltara", "Sulawesi Utara", "Sulut", "Gorontalo",
    "Sulawesi Tengah", "Sulteng", "Sulawesi Barat", "Sulbar", "Sulawesi Selatan", "Sulsel", "Sulawesi Tenggara",
    "Sultra", "Maluku", "Maluku Utara", "Malut", "Papua", "Papua Barat", "Pabar", "Papua Barat Daya", "PBD",
    "Papua Tengah", "Papua Pegunungan", "Papua Selatan", "Nanggroe Aceh Darussalam", "Daerah Istimewa Yogyakarta",
)
# The provinces as the English-language papers and the agencies' English editions name them (`MATARAM, West Nusa
# Tenggara: ...`, `Kupang, East Nusa Tenggara (ANTARA) -`).
_ENGLISH_PROVINCE_NAMES = (
    "North Sumatra", "West Sumatra", "South Sumatra", "Riau Islands", "Bangka Belitung Islands", "West Java",
    "Central Java", "East Java", "West Nusa Tenggara", "East Nusa Tenggara", "West Kalimantan", "Central Kalimantan",
    "South Kalimantan", "East Kalimantan", "North Kalimantan", "North Sulawesi", "Central Sulawesi", "West Sulawesi",
    "South Sulawesi", "Southeast Sulawesi", "North Maluku", "West Papua", "Southwest Papua", "Central Papua",
    "Highland Papua", "South Papua",
)
# Islands and a neighbour's states name a place's region the same way (`Labuan Bajo, Flores -`, `KOTA BHARU,
# KELANTAN -`).
_ISLAND_AND_STATE_NAMES = (
    "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Borneo", "Sulawesi", "Madura", "Lombok", "Sumbawa", "Flores",
    "Timor", "Halmahera", "Nias", "Bangka", "Belitung", "Bintan", "Batam", "Selangor", "Sabah", "Sarawak", "Johor",
    "Kelantan", "Kedah", "Perak", "Pahang", "Terengganu", "Melaka", "Penang", "Pulau Pinang", "Negeri Sembilan",
    "Perlis", "DC", "D.C",
)
_COUNTRY_NAMES = (
    "Indonesia", "Malaysia", "Singapura", "Singapore", "Brunei", "Brunei Darussalam", "Thailand", "Filipina",
    "Philippines", "Vietnam", "Kamboja", "Myanmar", "Laos", "Timor Leste", "Australia", "Selandia Baru",
    "Jepang", "Japan", "China", "Tiongkok", "Korea Selatan", "Korsel", "Korea Utara", "Korut", "Taiwan",
    "Hong Kong", "India", "Pakistan", "Bangladesh", "Afghanistan", "Iran", "Irak", "Iraq", "Suriah", "Syria",
    "Lebanon", "Yordania", "Jordan", "Palestina", "Palestine", "Israel", "Mesir", "Egypt", "Arab Saudi",
    "Saudi Arabia", "Yaman", "Yemen", "Qatar", "Kuwait", "Bahrain", "Oman", "Uni Emirat Arab", "UEA", "UAE",
    "Turki", "Turkey", "Libya", "Tunisia", "Aljazair", "Maroko", "Sudan", "Somalia", "Nigeria", "Afrika Selatan",
    "Amerika Serikat", "AS", "USA", "Kanada", "Canada", "Meksiko", "Brasil", "Argentina", "Inggris", "Britania Raya",
    "UK", "Prancis", "Perancis", "France", "Jerman", "Germany", "Belanda", "Belgia", "Italia", "Italy", "Spanyol",
    "Spain", "Portugal", "Swiss", "Austria", "Swedia", "Norwegia", "Denmark", "Finlandia", "Polandia", "Rusia",
    "Russia", "Ukraina", "Ukraine", "Yunani", "Greece",
)
# Countries as Arabic datelines name them before a city (`ماليزيا – كوالالمبور`, `إندونيسيا- جاكرتا`: a country and
# its city, no place and an outlet's name).
ARABIC_COUNTRY_NAMES = (
    "إندونيسيا", "اندونيسيا", "ماليزيا", "سنغافورة", "بروناي", "تايلاند", "الفلبين", "فلسطين", "مصر", "الأردن",
    "لبنان", "سوريا", "العراق", "السعودية", "اليمن", "قطر", "الكويت", "البحرين", "عمان", "الإمارات", "تركيا", "إيران",
    "باكستان", "الهند", "الصين", "اليابان", "كوريا", "ليبيا", "تونس", "الجزائر", "المغرب", "السودان", "أمريكا",
    "بريطانيا", "فرنسا", "ألمانيا", "روسيا", "أستراليا",
)
# Cities as Arabic papers' datelines name them before a colon (`القاهرة: وصف سفير ...`, `إيلاف، بيروت: من يقف ...`):
# Arabic has no capitals to tell a place from a label or a speaker's name before a colon (`المصدر: ...`, `جمانة نمور:
# أهلا بكم`), one of these is. `عمان` is Amman and Oman, a place either way.
ARABIC_CITY_NAMES = (
    "القاهرة", "الإسكندرية", "الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "دبي", "أبوظبي", "الشارقة",
    "الدوحة", "الكويت", "المنامة", "مسقط", "عمان", "بيروت", "دمشق", "بغداد", "غزة", "القدس", "رام الله", "الخرطوم",
    "تونس", "الرباط", "الدار البيضاء", "الجزائر", "طرابلس", "صنعاء", "عدن", "إسطنبول", "أنقرة", "طهران", "جاكرتا",
    "كوالالمبور", "واشنطن", "نيويورك", "لندن", "باريس", "موسكو", "بكين", "برلين", "جنيف",
)
REGIONS = frozenset(name.lower() for name in (*_PROVINCE_NAMES, *_ENGLISH_PROVINCE_NAMES, *_ISLAND_AND_STATE_NAMES,
                                              *_COUNTRY_NAMES))

# Indonesia's provincial capitals and other large cities: where a dateline's shape alone cannot tell a place from a
# label (Medcom's `Jakarta: Pemerintah ...`, where `Catatan: ...` or `Sinopsis: ...` open other texts), one of these is.
CITY_NAMES = (
    "Jakarta", "Bandung", "Surabaya", "Semarang", "Yogyakarta", "Medan", "Makassar", "Palembang", "Denpasar",
    "Banda Aceh", "Padang", "Pekanbaru", "Jambi", "Bengkulu", "Bandar Lampung", "Pangkalpinang", "Tanjungpinang",
    "Batam", "Serang", "Tangerang", "Bekasi", "Depok", "Bogor", "Cirebon", "Tasikmalaya", "Solo", "Surakarta",
    "Malang", "Kediri", "Jember", "Mataram", "Kupang", "Pontianak", "Palangka Raya", "Banjarmasin", "Samarinda",
    "Balikpapan", "Tanjung Selor", "Manado", "Gorontalo", "Palu", "Mamuju", "Kendari", "Ambon", "Ternate",
    "Sofifi", "Jayapura", "Manokwari", "Sorong", "Nabire", "Merauke", "Timika", "Wamena", "Sukabumi", "Karawang",
    "Purwokerto", "Magelang", "Madiun", "Sidoarjo", "Gresik", "Banyuwangi", "Lhokseumawe", "Pematangsiantar",
)


# Malaysia's state capitals and other large towns, as a Malay paper writes them in title case before a colon (Harian
# Metro: `Kuala Lumpur: Seorang anggota ...`, `Shah Alam: Tidak hormat ...`): where a label takes the shape too.
MALAYSIAN_CITY_NAMES = (
    "Kuala Lumpur", "Putrajaya", "Shah Alam", "Petaling Jaya", "Subang Jaya", "Klang", "Johor Bahru", "Melaka",
    "Seremban", "Ipoh", "George Town", "Alor Setar", "Kangar", "Kuantan", "Kuala Terengganu", "Kota Bharu",
    "Kota Kinabalu", "Sandakan", "Tawau", "Kuching", "Miri", "Sibu", "Bintulu", "Labuan",
    # ...and the district towns a Malay paper datelines its regional stories from, copied in title case by blogs (a
    # blog's copy of Harian Metro: `Kemaman: Polis menyerbu sebuah premis berhampiran Kuala Kemaman ...`); none of
    # them an Indonesian word a label could be (`Pekan`, "week", and `Nilai`, "score", are left out).
    "Kemaman", "Dungun", "Besut", "Kuala Krai", "Pasir Mas", "Tanah Merah", "Gua Musang", "Machang", "Tumpat",
    "Sungai Petani", "Kulim", "Langkawi", "Jitra", "Taiping", "Kuala Kangsar", "Teluk Intan", "Seri Iskandar",
    "Muar", "Kluang", "Segamat", "Batu Pahat", "Temerloh", "Bentong", "Raub", "Port Dickson", "Kajang", "Rawang",
    "Bukit Mertajam", "Butterworth", "Lahad Datu", "Semporna", "Keningau",
)

# A province's name of one word glued to an outlet's other word (`Kitasulsel`, `JATIMPEDIA`, `Detakpapua`): outlets
# name themselves so, few places are (a reader rules out the listed ones, `Balikpapan`; `Banteng` is one letter more).
_GLUED_PROVINCE = re.compile("|".join(
    rf"[a-z]{{3,}}{name}|{name}[a-z]{{3,}}" for name in sorted(
        {name.lower() for name in _PROVINCE_NAMES if " " not in name and len(name) >= 4}, key=len, reverse=True)))


def glues_province(word: str) -> bool:
    """`word` (any case) is a province's one-word name glued to another word of three letters at least."""
    return _GLUED_PROVINCE.fullmatch(word.lower()) is not None


# The world's regions as a section's or a topic's heading names them (a wire's world desk: `Timur Tengah`, `Asia
# Tenggara`, `Uni Eropa`, `Amerika Latin`, `Middle East`): a continent's or an ocean's name with the compass's or a
# union's words, or the Middle East in either language. Every word of the line is one of them: a person's name holds a
# continent's word only beside words of its own (`Nur Asia`).
_CONTINENT_WORDS = frozenset("asia eropa europe amerika america afrika africa oseania oceania pasifik pacific atlantik "
                             "atlantic arktik arctic antartika antarctica".split())
_COMPASS_WORDS = frozenset("utara selatan timur barat tengah tenggara daya laut latin uni kawasan north south east west "
                           "central southeast southern northern eastern western middle latin".split())
_WORLD_REGION_PHRASES = frozenset({"timur tengah", "middle east"})


def names_a_world_region(line: str) -> bool:
    """`line` (any case) is only a world region's name (`_CONTINENT_WORDS`), `Timur Tengah` or `Middle East`."""
    words = line.strip(" ,.").lower().split()
    if " ".join(words) in _WORLD_REGION_PHRASES:
        return True
    return 0 < len(words) <= 3 and any(word in _CONTINENT_WORDS for word in words) \
        and all(word in _CONTINENT_WORDS or word in _COMPASS_WORDS for word in words)


def is_region(name: str) -> bool:
    """`name` (any case, surrounding spaces and commas ignored) is a province or a country."""
    return " ".join(name.strip(" ,.").split()).lower() in REGIONS
