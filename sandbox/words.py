"""Word and phrase banks for the sandbox's generated news text, staff, places and categories.

Pure data. Nothing here may contain a date shape, an editorial code, `(MINA)` or a
`Baca Juga:` marker: those are placed deliberately by the generator so the ground
truth knows every one of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Staff:
    login: str
    name: str


@dataclass(frozen=True)
class Category:
    edition: str
    path: tuple[str, ...]  # slugs top-down
    name: str  # display name of the most specific level
    topic: str  # which sentence bank feeds it
    parent_names: tuple[str, ...] = ()


STAFF: tuple[Staff, ...] = (
    Staff("rana", "Rana Setiawan"), Staff("hadis", "Nur Hadis"), Staff("sajadi", "Sajadi"),
    Staff("ismet", "Ismet Rauf"), Staff("rudi", "Rudi Hendrik"), Staff("widi", "Widi Kusnadi"),
    Staff("aliyah", "Hasanatun Aliyah"), Staff("arina", "Arina Islami"),
    Staff("zaenal", "Zaenal Muttaqin"), Staff("ansori", "Ansori Dahlan"),
    Staff("fauziah", "Fauziah Al Hakim"), Staff("ilham", "Ilham Fathurrahman"),
)
EDITORS: tuple[Staff, ...] = (STAFF[2], STAFF[3], STAFF[1], STAFF[5], STAFF[9])
OPINION_STAFF: tuple[Staff, ...] = (
    Staff("farkhan", "Ali Farkhan Tsani"), Staff("yakhsyallah", "Imaam Yakhsyallah Mansur"),
    STAFF[5],
)
OPINION_GUESTS: tuple[str, ...] = (
    "Dr. Abdul Rahman Siregar", "Muhammad Syafii Kudo", "Nurhadi Prasetyo", "Aisyah Putri Lestari",
    "Prof. Hamdan Zoelva", "Shamsi Ali",
)
OPINION_ROLES = {
    "id": ("Redaktur Senior MINA", "Pemimpin Redaksi MINA", "Dai Pembina Jamaah Muslimin"),
    "en": ("Senior Editor of MINA", "Editor-in-Chief of MINA", "an Islamic scholar"),
    "ar": ("محرر أول في وكالة مينا", "كاتب إندونيسي"),
}

CATEGORY_TREE: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    # Each entry is a path of (slug, display name) pairs; its last pair is the category itself.
    "id": (
        (("palestina", "Palestina"),),
        (("indonesia", "Indonesia"), ("nasional", "Nasional")),
        (("indonesia", "Indonesia"), ("daerah", "Daerah")),
        (("internasional", "Internasional"), ("asia", "Asia")),
        (("internasional", "Internasional"), ("eropa", "Eropa")),
        (("internasional", "Internasional"), ("timur-tengah", "Timur Tengah")),
        (("internasional", "Internasional"), ("amerika", "Amerika")),
        (("artikel", "Artikel"), ("opini", "Opini")),
        (("ekonomi", "Ekonomi"),),
        (("dunia-islam", "Dunia Islam"),),
        (("pendidikan", "Pendidikan"),),
    ),
    "en": (
        (("palestine", "Palestine"),),
        (("indonesia", "Indonesia"),),
        (("world", "World"),),
        (("asia", "Asia"),),
        (("middle-east", "Middle East"),),
        (("world", "World"), ("europe", "Europe")),
        (("opinion", "Opinion"),),
        (("economy", "Economy"),),
        (("islamic-world", "Islamic World"),),
    ),
    "ar": (
        (("palestine", "فلسطين"),),
        (("indonesia", "إندونيسيا"),),
        (("world", "العالم"),),
        (("opinion", "مقالات"),),
    ),
}
TOPIC_OF_SLUG = {
    "palestina": "palestine", "palestine": "palestine", "timur-tengah": "palestine",
    "middle-east": "palestine", "nasional": "indonesia", "daerah": "indonesia", "indonesia": "indonesia",
    "pendidikan": "indonesia", "asia": "world", "eropa": "world", "amerika": "world", "world": "world",
    "europe": "world", "ekonomi": "economy", "economy": "economy", "dunia-islam": "islam",
    "islamic-world": "islam", "opini": "islam", "opinion": "islam",
}
OPINION_SLUGS = frozenset({"opini", "opinion"})

PLACES: dict[str, tuple[str, ...]] = {
    "palestine": ("Gaza", "Al-Quds", "Ramallah", "Khan Younis", "Jenin", "Nablus", "Hebron", "Beirut",
                  "Amman", "Gaza Strip", "Rafah", "Tel Aviv", "Deir Al-Balah"),
    "indonesia": ("Jakarta", "Bogor", "Bandung", "Surabaya", "Tasikmalaya", "Lampung", "Makassar",
                  "Medan", "Yogyakarta", "Semarang", "Padang", "Banda Aceh", "Depok", "Bekasi"),
    "world": ("Pyongyang", "Kuala Lumpur", "Ankara", "Istanbul", "Brussels", "London", "Paris",
              "Washington", "New York", "Tokyo", "Dhaka", "Islamabad", "Manhattan", "Den Haag"),
    "economy": ("Jakarta", "Surabaya", "Batam", "Kuala Lumpur", "Dubai", "Singapura"),
    "islam": ("Makkah", "Madinah", "Kairo", "Doha", "Riyadh", "Jeddah", "Jakarta", "Bogor"),
}
# Places written with a comma: village/district, regency/province.
COMMA_PLACES: tuple[str, ...] = (
    "Cileungsi, Bogor", "Pameungpeuk, Garut", "Sukabumi, Jawa Barat", "Khan Younis, Gaza",
    "Jenin, Tepi Barat", "Cisarua, Bogor", "Way Kanan, Lampung", "Ciamis, Jawa Barat",
)
ARABIC_PLACES: tuple[str, ...] = ("القدس", "غزة", "جاكرتا", "لامبونج", "رام الله", "عمان", "بوغور",
                                  "الدوحة", "إسطنبول", "نابلس")

TOPIC_TAGS: dict[str, dict[str, tuple[str, ...]]] = {
    # Tag names that occur in the generated text of each topic (so they can be auto-linked).
    "id": {
        "palestine": ("Palestina", "Gaza", "Israel", "Al-Aqsa", "UNRWA", "Tepi Barat", "Hamas", "Yerusalem"),
        "indonesia": ("Indonesia", "MUI", "Kemenag", "BNPB", "DPR", "Jakarta", "Pesantren", "Banjir"),
        "world": ("PBB", "Turki", "Malaysia", "Rohingya", "Uni Eropa", "Korea Utara", "Rusia", "ASEAN"),
        "economy": ("Ekonomi Syariah", "UMKM", "Bank Indonesia", "Halal", "Ekspor", "Zakat"),
        "islam": ("OKI", "Haji", "Ramadhan", "Masjid", "Dakwah", "Ulama", "Umrah", "Al-Quran"),
    },
    "en": {
        "palestine": ("Palestine", "Gaza", "Israel", "Al-Aqsa", "UNRWA", "West Bank", "Hamas", "Jerusalem"),
        "indonesia": ("Indonesia", "MUI", "Jakarta", "BNPB", "Pesantren", "Floods", "Parliament"),
        "world": ("United Nations", "Turkey", "Malaysia", "Rohingya", "European Union", "North Korea", "ASEAN"),
        "economy": ("Islamic Economy", "Halal", "SMEs", "Bank Indonesia", "Exports", "Zakat"),
        "islam": ("OIC", "Hajj", "Ramadan", "Mosque", "Dakwah", "Scholars", "Umrah", "Quran"),
    },
    "ar": {
        "palestine": ("فلسطين", "غزة", "الأقصى", "القدس", "الاحتلال"),
        "indonesia": ("إندونيسيا", "جاكرتا", "المسلمين"),
        "world": ("الأمم المتحدة", "تركيا", "ماليزيا"),
        "economy": ("الاقتصاد", "الزكاة"),
        "islam": ("المسجد", "الحج", "رمضان", "العلماء"),
    },
}

SUBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "palestine": ("Pasukan pendudukan Israel", "Kementerian Kesehatan Palestina di Gaza",
                      "Badan PBB untuk Pengungsi Palestina (UNRWA)", "Otoritas Palestina",
                      "Warga Gaza", "Pemukim ilegal Israel", "Gerakan Perlawanan Islam Hamas",
                      "Pengurus Masjid Al-Aqsa", "Lembaga kemanusiaan Indonesia di Gaza"),
        "indonesia": ("Menteri Agama", "Majelis Ulama Indonesia (MUI)", "Pemerintah Provinsi",
                      "Badan Nasional Penanggulangan Bencana (BNPB)", "Ketua DPR", "Wakil Presiden",
                      "Kementerian Agama (Kemenag)", "Pimpinan Pondok Pesantren", "Gubernur Jakarta"),
        "world": ("Sekretaris Jenderal PBB", "Presiden Turki", "Pemerintah Malaysia", "Uni Eropa",
                  "Menteri Luar Negeri Rusia", "Pemimpin Korea Utara", "Para pemimpin ASEAN",
                  "Pengungsi Rohingya"),
        "economy": ("Bank Indonesia", "Otoritas Jasa Keuangan", "Para pelaku UMKM", "Komite Nasional Ekonomi Syariah",
                    "Badan Amil Zakat Nasional", "Pengusaha produk halal", "Kementerian Perdagangan"),
        "islam": ("Organisasi Kerja Sama Islam (OKI)", "Liga Muslim Dunia", "Jamaah haji Indonesia",
                  "Para ulama", "Imam Masjid Nabawi", "Pengurus masjid", "Lembaga dakwah"),
    },
    "en": {
        "palestine": ("Israeli occupation forces", "The Palestinian Ministry of Health in Gaza",
                      "The UN agency for Palestinian refugees (UNRWA)", "The Palestinian Authority",
                      "Residents of Gaza", "Illegal Israeli settlers", "The Hamas movement",
                      "The Al-Aqsa Mosque administration"),
        "indonesia": ("Indonesia's Minister of Religious Affairs", "The Indonesian Ulema Council (MUI)",
                      "The provincial government", "The National Disaster Management Agency (BNPB)",
                      "The Speaker of Parliament", "Indonesia's Vice President", "Pesantren leaders"),
        "world": ("The UN Secretary-General", "The Turkish President", "The Malaysian government",
                  "The European Union", "Russia's Foreign Minister", "North Korea's leader",
                  "ASEAN leaders", "Rohingya refugees"),
        "economy": ("Bank Indonesia", "The Financial Services Authority", "Halal industry players",
                    "The National Zakat Agency", "Small and medium enterprises (SMEs)"),
        "islam": ("The Organisation of Islamic Cooperation (OIC)", "The Muslim World League",
                  "Indonesian Hajj pilgrims", "Islamic scholars", "The Imam of the Prophet's Mosque",
                  "Mosque administrators"),
    },
}
VERBS: dict[str, tuple[str, ...]] = {
    "id": ("mengatakan pentingnya", "menegaskan komitmen terhadap", "mengumumkan", "menyerukan",
           "mengecam keras", "meresmikan", "membahas", "menyalurkan bantuan untuk", "menolak",
           "mendukung penuh", "mengkaji ulang", "menyoroti"),
    "en": ("stressed the importance of", "reaffirmed its commitment to", "announced", "called for",
           "strongly condemned", "inaugurated", "discussed", "delivered aid for", "rejected",
           "fully supported", "reviewed", "highlighted"),
}
OBJECTS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "palestine": ("serangan terhadap warga sipil", "blokade yang berkepanjangan",
                      "penyerbuan ke kompleks Al-Aqsa", "pembangunan permukiman ilegal",
                      "pengiriman bantuan kemanusiaan", "perlindungan anak-anak Palestina",
                      "kemerdekaan Palestina"),
        "indonesia": ("penguatan moderasi beragama", "penanganan korban banjir", "program sertifikasi halal",
                      "pendidikan pesantren", "persatuan umat", "kesiapsiagaan bencana",
                      "pelayanan publik yang lebih baik"),
        "world": ("penyelesaian konflik secara damai", "kerja sama bilateral", "nasib pengungsi",
                  "sanksi ekonomi", "stabilitas kawasan", "hak asasi manusia", "perundingan damai"),
        "economy": ("pertumbuhan ekonomi syariah", "pembiayaan UMKM", "ekspor produk halal",
                    "pengelolaan zakat produktif", "stabilitas harga pangan", "literasi keuangan"),
        "islam": ("persatuan umat Islam", "penyelenggaraan ibadah haji", "pembinaan generasi muda",
                  "pembangunan masjid", "dakwah di daerah terpencil", "pendidikan Al-Quran"),
    },
    "en": {
        "palestine": ("attacks on civilians", "the prolonged blockade", "raids on the Al-Aqsa compound",
                      "illegal settlement construction", "humanitarian aid deliveries",
                      "the protection of Palestinian children", "Palestinian independence"),
        "indonesia": ("religious moderation", "relief for flood victims", "halal certification",
                      "pesantren education", "the unity of the ummah", "disaster preparedness"),
        "world": ("a peaceful settlement of the conflict", "bilateral cooperation", "the fate of refugees",
                  "economic sanctions", "regional stability", "human rights", "peace negotiations"),
        "economy": ("Islamic economic growth", "financing for SMEs", "halal product exports",
                    "productive zakat management", "food price stability", "financial literacy"),
        "islam": ("the unity of Muslims", "the organisation of the Hajj", "the guidance of young people",
                  "mosque construction", "dakwah in remote areas", "Quran education"),
    },
}
EVENTS = {
    "id": ("peringatan Hari Solidaritas Internasional", "peluncuran program", "rapat dengar pendapat",
           "silaturahmi nasional", "webinar", "halaqah ulama", "konferensi pers", "seminar internasional", "pertemuan tingkat tinggi", "tabligh akbar",
           "rapat koordinasi", "kunjungan kerja", "aksi solidaritas", "forum diskusi"),
    "en": ("a solidarity commemoration", "a programme launch", "a parliamentary hearing", "a national gathering",
           "a webinar", "a scholars' halaqah", "a press conference", "an international seminar", "a high-level meeting", "a tabligh akbar",
           "a coordination meeting", "a working visit", "a solidarity rally", "a discussion forum"),
}
PERSONS = {
    "id": ("Ahmad Fauzi", "Muhammad Anshar", "Siti Rahmawati", "Abdul Hakim", "Yusuf Mansur",
           "Hendra Gunawan", "Fatimah Azzahra", "Dr. Ibrahim Nasser", "Khalid Abu Hasan"),
    "en": ("Ahmad Fauzi", "Muhammad Anshar", "Dr. Ibrahim Nasser", "Khalid Abu Hasan", "Sarah Williams",
           "Mustafa Yilmaz", "Abdul Hakim", "Fatimah Azzahra"),
}
QUOTES = {
    "id": ("Kami tidak akan tinggal diam", "Ini adalah tanggung jawab kita bersama",
           "Bantuan harus segera sampai kepada yang membutuhkan", "Kami berharap semua pihak menahan diri",
           "Persatuan adalah kunci keberhasilan", "Program ini akan terus kami lanjutkan"),
    "en": ("We will not remain silent", "This is our shared responsibility",
           "Aid must reach those in need immediately", "We hope all parties exercise restraint",
           "Unity is the key to success", "We will continue this programme"),
}
ARABIC_SENTENCES: tuple[str, ...] = (
    "أكدت وزارة الصحة الفلسطينية في غزة استمرار الاعتداءات على المدنيين.",
    "دعا العلماء في إندونيسيا إلى تعزيز وحدة المسلمين في مواجهة التحديات.",
    "قالت الأمم المتحدة إن الوضع الإنساني في القطاع يزداد سوءا يوما بعد يوم.",
    "نظمت مؤسسة خيرية إندونيسية حملة لجمع التبرعات لصالح الأسر المتضررة.",
    "شارك آلاف المصلين في صلاة الجمعة في المسجد الأقصى رغم القيود المفروضة.",
    "أعلنت الحكومة عن برنامج جديد لدعم التعليم في المناطق النائية.",
    "وأشار المتحدث إلى أن الاحتلال يواصل بناء المستوطنات غير القانونية.",
    "وطالب المشاركون المجتمع الدولي بتحمل مسؤولياته تجاه الشعب الفلسطيني.",
    "وتأتي هذه الخطوة في إطار تعزيز التعاون الثنائي بين البلدين.",
    "وأضاف أن المساعدات الإنسانية يجب أن تصل إلى المحتاجين دون تأخير.",
    "من جانبه، أشاد رئيس الوفد بجهود إندونيسيا في دعم القضية الفلسطينية.",
    "وتستمر الفعاليات حتى نهاية الأسبوع بمشاركة واسعة من الشباب.",
)
AR_SUBJECTS: tuple[str, ...] = (
    "وزارة الصحة الفلسطينية", "قوات الاحتلال الإسرائيلي", "مجلس العلماء الإندونيسي", "الأمم المتحدة",
    "وكالة الأونروا", "الحكومة الإندونيسية", "رئيس البرلمان", "منظمة التعاون الإسلامي", "رابطة العالم الإسلامي",
    "وزير الشؤون الدينية", "مؤسسة خيرية إندونيسية", "إدارة المسجد الأقصى", "وزير الخارجية التركي",
    "سفير فلسطين لدى جاكرتا", "جمعية الهلال الأحمر",
)
AR_VERBS: tuple[str, ...] = (
    "أكدت على أهمية", "دعت إلى", "أعلنت عن", "أدانت بشدة", "ناقشت", "رحبت بـ", "حذرت من", "أطلقت",
    "دعمت", "رفضت", "استعرضت", "طالبت بـ",
)
AR_OBJECTS: tuple[str, ...] = (
    "وقف الاعتداءات على المدنيين", "رفع الحصار عن قطاع غزة", "حماية المسجد الأقصى", "إيصال المساعدات الإنسانية",
    "تعزيز وحدة الأمة الإسلامية", "دعم التعليم في المناطق النائية", "بناء مستشفى جديد", "حقوق اللاجئين",
    "التعاون الاقتصادي بين البلدين", "برامج تحفيظ القرآن الكريم", "مكافحة الفقر", "الاستيطان غير القانوني",
    "حملة التبرعات للأسر المتضررة", "تنظيم موسم الحج",
)
AR_EVENTS: tuple[str, ...] = (
    "مؤتمر صحفي", "ندوة دولية", "اجتماع رفيع المستوى", "وقفة تضامنية", "زيارة عمل", "منتدى للحوار",
)
ARABIC_TITLES: tuple[str, ...] = (
    "الاحتلال يقتحم المسجد الأقصى", "إندونيسيا تدعو إلى وقف العدوان على غزة",
    "علماء إندونيسيا يدعمون القضية الفلسطينية", "مساعدات إنسانية جديدة تصل إلى غزة",
    "مؤتمر دولي في جاكرتا حول القدس", "حملة تبرعات لصالح اللاجئين", "الأمم المتحدة تحذر من كارثة إنسانية",
    "افتتاح مسجد جديد في لامبونج", "وفد فلسطيني يزور جاكرتا",
)
TITLE_PATTERNS = {
    "id": ("{S} {V} {O}", "{T}: {S} {V} {O}", "{S} di {P} {V} {O}", "{T} Jadi Sorotan, {S} {V} {O}"),
    "en": ("{S} {V} {O}", "{T}: {S} {V} {O}", "{S} in {P} {V} {O}", "{S} {V} {O} in {P}"),
}
IMAGE_CREDITS = {
    "id": ("(Foto: Hadis/MINA)", "(Foto: Abdullah/MINA)", "(Foto: Kemenag)", "(Foto: Dok. MINA)",
           "(photo special)", "Foto: PIC"),
    "en": ("Photo: PIC", "Photo: M Shaaban/MINA", "(Photo: Anadolu)", "(photo special)", "(Photo: WAFA)"),
    "ar": ("(صورة: مينا)", "Photo: PIC"),
}
INLINE_CAPTIONS = {
    "id": ("Suasana kegiatan yang dihadiri ratusan peserta.", "Warga menerima paket bantuan kemanusiaan.",
           "Para peserta berfoto bersama usai acara.", "Kondisi bangunan yang rusak akibat serangan."),
    "en": ("The atmosphere of the event attended by hundreds of participants.",
           "Residents receive humanitarian aid packages.", "Participants pose for a group photo after the event.",
           "Buildings damaged by the attack."),
    "ar": ("جانب من الفعالية.",),
}
CAPTION_BEFORE_DATELINE = ("(Foto: Abdullah/MINA)", "Photo: M Shaaban/MINA", "(Foto: Hadis/MINA)", "Photo: PIC")
STATIC_PAGES = {
    "id": (("tentang-kami", "Tentang Kami"), ("redaksi", "Redaksi"), ("kontak", "Kontak")),
    "en": (("about-us", "About Us"), ("editorial-board", "Editorial Board"), ("contact", "Contact")),
    "ar": (("about", "من نحن"), ("contact", "اتصل بنا")),
}
SIGNATURE_LEADS = ("T", "T", "T", "L", "L", "LKG", "TL")
SIGNATURE_STAFF = ("RE1", "R1", "R11", "P1", "P2", "RI-1", "RS2", "P001", "R04", "P09", "P04", "P010",
                   "P3", "R02", "RS1", "RE2", "R05", "A01", "B03", "P2-3", "RS3", "R12")
