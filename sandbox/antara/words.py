"""Phrase banks and name lists of the ANTARA sandbox (invented text in the shapes of real pages)."""

from __future__ import annotations

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
MONTHS_EN_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# (slug, name, child sections as (slug, name)); the id edition's set is also used by the bureaus.
SECTIONS_ID = (
    ("politik", "Politik", ()),
    ("hukum", "Hukum", ()),
    ("ekonomi", "Ekonomi", (("bisnis", "Bisnis"), ("finansial", "Finansial"))),
    ("metro", "Metro", ()),
    ("olahraga", "Olahraga", (("sepakbola", "Sepak Bola"),)),
    ("humaniora", "Humaniora", ()),
    ("dunia", "Dunia", ()),
    ("tekno", "Tekno", ()),
)
SECTIONS_EN = (
    ("national", "National", ()),
    ("business-investment", "Business & Investment", ()),
    ("world", "World", ()),
    ("sports", "Sports", ()),
    ("culture", "Culture", ()),
)

REPORTERS = ("Ahmad Fauzan", "Dewi Lestari Putri", "Rizky Pratama", "Siti Nurhaliza Rahman", "Bambang Sutrisno",
             "Yuniar Kartika", "Hendro Wibowo", "Lintang Maharani", "Fikri Yusuf", "Agung Prasetyo Nugroho",
             "Nadia Permatasari", "Joko Santoso", "Maria Rosari Tambunan", "Irfan Hakim Siregar")
EDITORS = ("Budi Hartono", "Ratna Sari Dewi", "Wahyu Setiadi", "Indra Gunawan", "Sri Haryati", "Teguh Santosa",
           "Kunto Adi Nugroho", "Laila Hasanah")
PHOTOGRAPHERS = ("Andika Wahyu", "Rivan Awal Lingga", "Galih Pradipta", "Nyoman Hendra", "Fauzan Saputra",
                 "Dhemas Reviyanto")

PLACES_ID = ("Jakarta", "Jakarta", "Jakarta", "Bandung", "Semarang", "Medan", "Makassar", "Palembang", "Jayapura",
             "Ambon", "Pontianak", "Bandarlampung", "Kupang", "Padang")
PROVINCE_PLACES = (("Mataram", "NTB"), ("Bandarlampung", "Lampung"), ("Sampit", "Kalteng"), ("Ende", "NTT"),
                   ("Sorong", "Papua Barat Daya"))
PLACES_BUREAU = {"jatim": ("Surabaya", "Surabaya", "Malang", "Kediri", "Banyuwangi", "Jember", "Jakarta"),
                 "bali": ("Denpasar", "Denpasar", "Singaraja", "Gianyar", "Tabanan", "Negara", "Jakarta")}
REGION_NAMES = {"jatim": ("Jatim", "Jawa Timur"), "bali": ("Bali", "Bali")}
PLACES_EN = ("Jakarta", "Jakarta", "Jakarta", "Bali", "Surabaya", "Jayapura", "Medan")
WIRES = ("PRNewswire", "Xinhua-OANA", "Business Wire")

SUBJECTS_ID = ("Pemerintah provinsi", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Kementerian Keuangan",
               "Kepolisian daerah", "Dinas Kesehatan setempat", "Bank Indonesia", "Komisi Pemilihan Umum (KPU)",
               "Badan Penanggulangan Bencana Daerah (BPBD)", "Kementerian Perhubungan", "Pemerintah kota")
ACTIONS_ID = ("mengimbau masyarakat untuk tetap waspada terhadap", "menyiapkan anggaran tambahan untuk",
              "memperketat pengawasan terhadap", "meluncurkan program baru terkait", "mengevaluasi pelaksanaan",
              "menggelar rapat koordinasi mengenai", "mempercepat penyaluran bantuan untuk")
OBJECTS_ID = ("cuaca ekstrem di wilayah pesisir", "distribusi bahan pokok menjelang hari raya",
              "perbaikan jalan nasional di jalur selatan", "layanan kesehatan di daerah terpencil",
              "pengelolaan sampah di kawasan wisata", "penyaluran kredit usaha rakyat", "pembangunan pelabuhan baru",
              "harga cabai dan bawang merah", "keamanan arus mudik", "digitalisasi layanan publik")
QUOTES_ID = ("\"Kami terus berkoordinasi dengan semua pihak agar pelaksanaannya berjalan lancar,\" katanya.",
             "\"Masyarakat diminta tidak mudah percaya pada informasi yang belum jelas sumbernya,\" ujarnya.",
             "\"Target kami tahun ini adalah meningkatkan kualitas layanan hingga ke tingkat desa,\" kata dia.",
             "Menurut dia, langkah tersebut diperlukan untuk menjaga stabilitas di daerah.",
             "Ia menambahkan bahwa evaluasi akan dilakukan secara berkala setiap bulan.",
             "Sebelumnya, pihaknya telah menerima laporan dari sejumlah warga terkait hal itu.")
FACTS_ID = ("Data yang dihimpun menunjukkan peningkatan sekitar {n} persen dibanding periode yang sama tahun lalu.",
            "Sebanyak {n} petugas gabungan dikerahkan untuk mendukung kegiatan tersebut.",
            "Anggaran yang disiapkan mencapai Rp{n} miliar dan bersumber dari APBD.",
            "Kegiatan itu diikuti sekitar {n} peserta dari berbagai kabupaten dan kota.")

SUBJECTS_EN = ("The government", "The Meteorology, Climatology, and Geophysics Agency (BMKG)", "The Finance Ministry",
               "Bank Indonesia", "The National Police", "The Health Ministry", "The Transportation Ministry")
ACTIONS_EN = ("has urged residents to stay alert to", "is preparing additional funds for",
              "will tighten supervision of", "launched a new programme on", "is evaluating")
OBJECTS_EN = ("extreme weather in coastal areas", "the distribution of staple foods", "road repairs on the southern route",
              "health services in remote regions", "waste management in tourist areas", "microcredit disbursement")
QUOTES_EN = ("\"We continue to coordinate with all parties so that it runs smoothly,\" he said.",
             "\"The public should not easily trust unverified information,\" she remarked.",
             "According to him, the step is needed to maintain regional stability.",
             "He added that evaluations would be conducted every month.")
FACTS_EN = ("Data showed an increase of about {n} percent compared to the same period last year.",
            "A total of {n} joint personnel were deployed to support the activity.",
            "The budget reached Rp{n} billion, sourced from the regional budget.")

TITLE_HEADS_ID = ("BMKG prakirakan", "Pemprov siapkan", "Polda perketat", "Menkeu pastikan", "KPU tetapkan",
                  "BPBD imbau warga waspadai", "Pemkot percepat", "Bank Indonesia catat")
TITLE_HEADS_EN = ("BMKG forecasts", "Government prepares", "Police tighten", "Minister assures", "Agency urges",
                  "Bank Indonesia records")
CAPTIONS_ID = ("Petugas memeriksa kondisi jalan yang rusak akibat banjir di {place}, {day} ({d}/{m}).",
               "Warga mengantre untuk mendapatkan bantuan di {place}, {day} ({d}/{m}).",
               "Suasana rapat koordinasi di {place}, {day} ({d}/{m}).")
CAPTIONS_EN = ("Officers inspect a flood-damaged road in {place} on {day} ({d}/{m}).",
               "Residents queue for aid in {place} on {day} ({d}/{m}).")
TAGS_ID = ("bmkg", "cuaca", "banjir", "pemilu 2024", "inflasi", "mudik lebaran", "kesehatan", "pendidikan",
           "pariwisata", "umkm", "sepak bola", "gempa")
TAGS_EN = ("bmkg", "weather", "flood", "election", "inflation", "tourism", "health", "economy")

LICENCE = ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web "
           "ini tanpa izin tertulis dari Kantor Berita ANTARA.")
KEYWORD_BOILERPLATE = "berita terkini, berita Indonesia, berita online, portal Indonesia"

# Static pages (slug, title): not articles.
STATIC_PAGES = (("tentang-kami", "Tentang Kami"), ("redaksi", "Redaksi"), ("pedoman-media-siber", "Pedoman Media Siber"),
                ("kode-etik", "Kode Etik"))

# Page chrome: labels by language. None of it reads like a dateline, a byline, a credit or an insert.
CHROME_LABELS = {
    "id": {"home": "Beranda", "latest": "Terkini", "popular": "Terpopuler", "topics": "Topik Pilihan",
           "comments": "Komentar Pembaca", "comment_hint": "Komentar Anda", "search": "cari berita",
           "picks": "Jangan Lewatkan", "channels": "Kanal", "subchannels": "Subkanal", "network": "Jaringan",
           "video": "Video", "photo": "Foto", "close": "Tutup", "minimise": "Minimalkan",
           "top": "Atas", "share": "Bagikan"},
    "en": {"home": "Home", "latest": "Latest News", "popular": "Most Popular", "topics": "Top Topics",
           "comments": "Reader Comments", "comment_hint": "Your comment", "search": "search news",
           "picks": "Don't Miss", "channels": "Channels", "subchannels": "Topics", "network": "Network",
           "video": "Video", "photo": "Photo", "close": "Close", "minimise": "Minimise",
           "top": "Top", "share": "Share"},
}
# Group sites shown as logos at the page's foot; their own hosts are not linked (the sandbox serves none).
GROUP_LOGOS = (("ANTARA Foto", "logo_antara_photo.gif", 123, 20), ("IMQ", "logo_imq.gif", 35, 31),
               ("Asianet", "logo_asianet.gif", 36, 24), ("OANA", "logo_oana.gif", 83, 30))
SOCIAL_NETWORKS = ("Facebook", "Twitter", "Instagram", "YouTube")
# Sizes of the touch and favicon variants a 2018+ head lists.
TOUCH_ICON_SIZES = (57, 60, 72, 76, 114, 120, 144, 152, 180)
FAVICON_SIZES = (16, 32, 96, 192)
