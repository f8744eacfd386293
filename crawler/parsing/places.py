"""Places a dateline is written from, for telling a place from an outlet's name where a dateline's shape cannot
(`Kitasulsel, Gowa -`, `MONITOR, Sleman -`, `JATIMPEDIA, Makkah -`): Indonesia's regencies and cities, and the
cities abroad that Indonesian outlets date their stories from.

`is_gazetted` reads a name as datelines write it: any case, `Kabupaten`, `Kab.` or `Kota` before it (`Kab. Bogor`,
`KOTA BATU`), its words joined or apart or hyphenated (`Tanjungpinang`, `Tanjung Pinang`; `Baubau`, `Bau-Bau`).
`is_district` reads the districts below them (`districts.py`) the same way, `Kecamatan` or `Kec.` before one or not; and
`is_place_word` tells a word that some listed place's name has (`Baru`, `Johor`, `Way`) from one no place's name has
(`Polres`, `Jurnal`, an outlet's brand)."""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.parsing.districts import DISTRICT_NAMES
from crawler.parsing.regions import CITY_NAMES, REGIONS

# Indonesia's kabupaten and kota as listed by the statistics agency's region codes (514 regions, 38 provinces), with
# `KABUPATEN`, `KOTA` and `ADMINISTRASI` taken off: a regency and a city of one name (Bogor, Bekasi) are one entry.
_KABUPATEN_KOTA = (
    "Aceh Barat|Aceh Barat Daya|Aceh Besar|Aceh Jaya|Aceh Selatan|Aceh Singkil|Aceh Tamiang|Aceh Tengah|"
    "Aceh Tenggara|Aceh Timur|Aceh Utara|Agam|Alor|Ambon|Asahan|Asmat|Badung|Balangan|Balikpapan|Banda Aceh|"
    "Bandar Lampung|Bandung|Bandung Barat|Banggai|Banggai Kepulauan|Banggai Laut|Bangka|Bangka Barat|"
    "Bangka Selatan|Bangka Tengah|Bangkalan|Bangli|Banjar|Banjarbaru|Banjarmasin|Banjarnegara|Bantaeng|Bantul|"
    "Banyuasin|Banyumas|Banyuwangi|Barito Kuala|Barito Selatan|Barito Timur|Barito Utara|Barru|Batam|Batang|"
    "Batanghari|Batu|Batu Bara|Bau Bau|Bekasi|Belitung|Belitung Timur|Belu|Bener Meriah|Bengkalis|Bengkayang|"
    "Bengkulu|Bengkulu Selatan|Bengkulu Tengah|Bengkulu Utara|Berau|Biak Numfor|Bima|Binjai|Bintan|Bireuen|Bitung|"
    "Blitar|Blora|Boalemo|Bogor|Bojonegoro|Bolaang Mongondow|Bolaang Mongondow Selatan|Bolaang Mongondow Timur|"
    "Bolaang Mongondow Utara|Bombana|Bondowoso|Bone|Bone Bolango|Bontang|Boven Digoel|Boyolali|Brebes|Bukittinggi|"
    "Buleleng|Bulukumba|Bulungan|Bungo|Buol|Buru|Buru Selatan|Buton|Buton Selatan|Buton Tengah|Buton Utara|Ciamis|"
    "Cianjur|Cilacap|Cilegon|Cimahi|Cirebon|Dairi|Deiyai|Deli Serdang|Demak|Denpasar|Depok|Dharmasraya|Dogiyai|"
    "Dompu|Donggala|Dumai|Empat Lawang|Ende|Enrekang|Fak Fak|Flores Timur|Garut|Gayo Lues|Gianyar|Gorontalo|"
    "Gorontalo Utara|Gowa|Gresik|Grobogan|Gunung Mas|Gunungkidul|Gunungsitoli|Halmahera Barat|Halmahera Selatan|"
    "Halmahera Tengah|Halmahera Timur|Halmahera Utara|Hulu Sungai Selatan|Hulu Sungai Tengah|Hulu Sungai Utara|"
    "Humbang Hasundutan|Indragiri Hilir|Indragiri Hulu|Indramayu|Intan Jaya|Jakarta Barat|Jakarta Pusat|"
    "Jakarta Selatan|Jakarta Timur|Jakarta Utara|Jambi|Jayapura|Jayawijaya|Jember|Jembrana|Jeneponto|Jepara|"
    "Jombang|Kaimana|Kampar|Kapuas|Kapuas Hulu|Karanganyar|Karangasem|Karawang|Karimun|Karo|Katingan|Kaur|"
    "Kayong Utara|Kebumen|Kediri|Keerom|Kendal|Kendari|Kepahiang|Kepulauan Anambas|Kepulauan Aru|"
    "Kepulauan Mentawai|Kepulauan Meranti|Kepulauan Sangihe|Kepulauan Selayar|Kepulauan Seribu|"
    "Kepulauan Siau Tagulandang Biaro|Kepulauan Sula|Kepulauan Talaud|Kepulauan Tanimbar|Kepulauan Yapen|Kerinci|"
    "Ketapang|Klaten|Klungkung|Kolaka|Kolaka Timur|Kolaka Utara|Konawe|Konawe Kepulauan|Konawe Selatan|"
    "Konawe Utara|Kotabaru|Kotamobagu|Kotawaringin Barat|Kotawaringin Timur|Kuantan Singingi|Kubu Raya|Kudus|"
    "Kulon Progo|Kuningan|Kupang|Kutai Barat|Kutai Kartanegara|Kutai Timur|Labuhanbatu|Labuhanbatu Selatan|"
    "Labuhanbatu Utara|Lahat|Lamandau|Lamongan|Lampung Barat|Lampung Selatan|Lampung Tengah|Lampung Timur|"
    "Lampung Utara|Landak|Langkat|Langsa|Lanny Jaya|Lebak|Lebong|Lembata|Lhokseumawe|Lima Puluh Kota|Lingga|"
    "Lombok Barat|Lombok Tengah|Lombok Timur|Lombok Utara|Lubuk Linggau|Lumajang|Luwu|Luwu Timur|Luwu Utara|"
    "Madiun|Magelang|Magetan|Mahakam Ulu|Majalengka|Majene|Makassar|Malaka|Malang|Malinau|Maluku Barat Daya|"
    "Maluku Tengah|Maluku Tenggara|Mamasa|Mamberamo Raya|Mamberamo Tengah|Mamuju|Mamuju Tengah|Manado|"
    "Mandailing Natal|Manggarai|Manggarai Barat|Manggarai Timur|Manokwari|Manokwari Selatan|Mappi|Maros|Mataram|"
    "Maybrat|Medan|Melawi|Mempawah|Merangin|Merauke|Mesuji|Metro|Mimika|Minahasa|Minahasa Selatan|"
    "Minahasa Tenggara|Minahasa Utara|Mojokerto|Morowali|Morowali Utara|Muara Enim|Muaro Jambi|Muko Muko|Muna|"
    "Muna Barat|Murung Raya|Musi Banyuasin|Musi Rawas|Musi Rawas Utara|Nabire|Nagan Raya|Nagekeo|Natuna|Nduga|"
    "Ngada|Nganjuk|Ngawi|Nias|Nias Barat|Nias Selatan|Nias Utara|Nunukan|Ogan Ilir|Ogan Komering Ilir|"
    "Ogan Komering Ulu|Ogan Komering Ulu Selatan|Ogan Komering Ulu Timur|Pacitan|Padang|Padang Lawas|"
    "Padang Lawas Utara|Padang Panjang|Padang Pariaman|Padang Sidempuan|Pagar Alam|Pakpak Bharat|Palangkaraya|"
    "Palembang|Palopo|Palu|Pamekasan|Pandeglang|Pangandaran|Pangkajene dan Kepulauan|Pangkal Pinang|Paniai|"
    "Parepare|Pariaman|Parigi Moutong|Pasaman|Pasaman Barat|Pasangkayu|Paser|Pasuruan|Pati|Payakumbuh|"
    "Pegunungan Arfak|Pegunungan Bintang|Pekalongan|Pekanbaru|Pelalawan|Pemalang|Pematangsiantar|"
    "Penajam Paser Utara|Penukal Abab Lematang Ilir|Pesawaran|Pesisir Barat|Pesisir Selatan|Pidie|Pidie Jaya|"
    "Pinrang|Pohuwato|Polewali Mandar|Ponorogo|Pontianak|Poso|Prabumulih|Pringsewu|Probolinggo|Pulang Pisau|"
    "Pulau Morotai|Pulau Taliabu|Puncak|Puncak Jaya|Purbalingga|Purwakarta|Purworejo|Raja Ampat|Rejang Lebong|"
    "Rembang|Rokan Hilir|Rokan Hulu|Rote Ndao|Sabang|Sabu Raijua|Salatiga|Samarinda|Sambas|Samosir|Sampang|"
    "Sanggau|Sarmi|Sarolangun|Sawahlunto|Sekadau|Seluma|Semarang|Seram Bagian Barat|Seram Bagian Timur|Serang|"
    "Serdang Bedagai|Seruyan|Siak|Sibolga|Sidenreng Rappang|Sidoarjo|Sigi|Sijunjung|Sikka|Simalungun|Simeulue|"
    "Singkawang|Sinjai|Sintang|Situbondo|Sleman|Solok|Solok Selatan|Soppeng|Sorong|Sorong Selatan|Sragen|Subang|"
    "Subulussalam|Sukabumi|Sukamara|Sukoharjo|Sumba Barat|Sumba Barat Daya|Sumba Tengah|Sumba Timur|Sumbawa|"
    "Sumbawa Barat|Sumedang|Sumenep|Sungai Penuh|Supiori|Surabaya|Surakarta|Tabalong|Tabanan|Takalar|Tambrauw|"
    "Tana Tidung|Tana Toraja|Tanah Bumbu|Tanah Datar|Tanah Laut|Tangerang|Tangerang Selatan|Tanggamus|"
    "Tanjung Balai|Tanjung Jabung Barat|Tanjung Jabung Timur|Tanjung Pinang|Tapanuli Selatan|Tapanuli Tengah|"
    "Tapanuli Utara|Tapin|Tarakan|Tasikmalaya|Tebing Tinggi|Tebo|Tegal|Teluk Bintuni|Teluk Wondama|Temanggung|"
    "Ternate|Tidore Kepulauan|Timor Tengah Selatan|Timor Tengah Utara|Toba|Tojo Una Una|Toli Toli|Tolikara|"
    "Tomohon|Toraja Utara|Trenggalek|Tual|Tuban|Tulang Bawang|Tulang Bawang Barat|Tulungagung|Wajo|Wakatobi|"
    "Waropen|Way Kanan|Wonogiri|Wonosobo|Yahukimo|Yalimo|Yogyakarta")
# Jakarta, the capital, whose cities are listed by their compass names; other spellings of listed names; and short
# names of regencies as the regions' own outlets write them in datelines (`SIDIKPOST | Kukar -`).
_SHORT_NAMES = (
    "Jakarta|Jogjakarta|Padangsidimpuan|Mamuju Utara|Toba Samosir|"
    "Kukar|Kubar|Kutim|Halut|Halsel|Halteng|Haltim|Halbar|Labura|Labusel|Tapteng|Taput|Tapsel|Madina|Sergai|"
    "Humbahas|Paluta|Sidrap|Pangkep|Lutim|Lutra|Malteng|Malra|Bolmong|Minut|Minsel|Parimo|Touna|Morut|Konsel|Konut|"
    "Kolut|Koltim|Mubar|Buteng|Busel|Butur|Bonbol|Gorut|Polman|Mateng|Pasbar|Pessel|Padpar|Inhu|Inhil|Rohul|Rohil|"
    "Kuansing|Tanjabbar|Tanjabtim|Muratara|Lamsel|Lamteng|Lamtim|Lampura|Lambar|Tubaba|Pesibar|Jakpus|Jakut|Jakbar|"
    "Jaksel|Jaktim|Tangsel|Abdya|Agara|Tobasa|Kotim|Kobar|Barsel|Barut|Bartim|Gumas|Pulpis|Tanbu|Batola|Mabar|Matim|"
    "Toraja|Sitaro|Biak|Yapen|Bintuni|Morotai|Mentawai|Anambas|Selayar|Sangihe|Talaud"
)
# Cities abroad that Indonesian outlets date stories from, as Indonesian texts spell them (and as English ones do), the
# territories they date them from as well (`Jalur Gaza –`, `Tepi Barat –`: no outlet's word beside a listed place), and
# the capitals of Malaysia's states, which Malay papers and wires date theirs from (`ALOR SETAR: ...`), and its towns
# whose name opens with a listed city's and goes on with a word no listed place has (`BATU PAHAT, March 1 — ...`: `Batu`
# is a city in East Java, and `Batu` beside a stranger word would be an outlet's name).
_FOREIGN_CITIES = (
    "Makkah|Mekkah|Mekah|Mecca|Madinah|Medina|Jeddah|Arafah|Kairo|Cairo|Gaza|Jalur Gaza|Kota Gaza|Tepi Barat|Rafah|"
    "Khan Younis|Khan Yunis|Jabalia|Nuseirat|Yerusalem|Jerusalem|"
    "Al-Quds|Ramallah|Nablus|Jenin|Hebron|Al-Khalil|Tel Aviv|Beirut|Damaskus|Damascus|Aleppo|Amman|Baghdad|Teheran|"
    "Tehran|Riyadh|Doha|Dubai|Abu Dhabi|Manama|Muscat|Sanaa|Istanbul|Ankara|Kabul|Islamabad|Karachi|Lahore|"
    "New Delhi|Mumbai|Dhaka|Kuala Lumpur|Putrajaya|Johor Bahru|Kota Kinabalu|Kuching|Alor Setar|Kangar|George Town|"
    "Ipoh|Shah Alam|Seremban|Melaka|Kuala Terengganu|Kota Bharu|Kuantan|Batu Pahat|Batu Caves|Bandar Seri Begawan|"
    "Bangkok|"
    "Manila|Hanoi|Ho Chi Minh|Phnom Penh|Yangon|Naypyidaw|Nay Pyi Taw|Vientiane|Dili|Tokyo|Osaka|Beijing|Shanghai|"
    "Guangzhou|Shenzhen|Taipei|Seoul|Pyongyang|Canberra|Sydney|Melbourne|Perth|Brisbane|Wellington|Auckland|Washington|"
    "New York|Los Angeles|San Francisco|Chicago|Ottawa|Toronto|London|Paris|Berlin|Brussel|Brussels|Den Haag|"
    "The Hague|Amsterdam|Roma|Rome|Vatikan|Vatican|Madrid|Barcelona|Lisabon|Lisbon|Jenewa|Geneva|Zurich|Davos|Wina|"
    "Vienna|Stockholm|Oslo|Kopenhagen|Copenhagen|Helsinki|Warsawa|Warsaw|Moskow|Moscow|Kiev|Kyiv|Athena|Athens|"
    "Khartoum|Tripoli|Tunis|Rabat|Nairobi|Addis Ababa|Johannesburg|Cape Town|Rio de Janeiro|Sao Paulo|Brasilia|"
    "Buenos Aires|Havana"
)
# `Kab. Bogor`, `Kab.Garut`, `Kabupaten Bogor`, `Kota Batu`, `Kota Administrasi Jakarta Pusat`: the name after the word.
_PREFIX = re.compile(r"(?:kabupaten |kab(?:\. ?| )|kota )(?:administrasi )?(?=\S)")
_JOINERS = str.maketrans("", "", " \t\n'.-")


def _key(name: str) -> str:
    """`name` folded as `is_gazetted` compares it: lower case, its words joined."""
    return name.lower().translate(_JOINERS)


_PLACES = frozenset(_key(name) for names in (_KABUPATEN_KOTA, _SHORT_NAMES, _FOREIGN_CITIES)
                    for name in names.split("|"))
# `_key` of every district's name between bars, searched as text: a set of seven thousand names would hold a megabyte
# and cost the import a millisecond, and `is_district` is asked about few names (cached).
_DISTRICT_KEYS = "|" + DISTRICT_NAMES.lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "") + "|"
_DISTRICT_PREFIX = re.compile(r"(?:kecamatan |kec(?:\. ?| ))(?=\S)")


@lru_cache(maxsize=4096)  # a site's outlet names and places come back article after article
def is_gazetted(name: str) -> bool:
    """`name` (any case, surrounding spaces and punctuation ignored) is one of Indonesia's regencies or cities, with
    `Kabupaten`, `Kab.` or `Kota` before it or not, or a city abroad that outlets date stories from."""
    key = _key(name.strip(" ,.:;-"))
    if key in _PLACES:
        return True
    return (key[:3] == "kab" or key[:4] == "kota") and _key(
        _PREFIX.sub("", " ".join(name.strip(" ,.:;-").lower().split()), count=1)) in _PLACES


@lru_cache(maxsize=4096)
def is_district(name: str) -> bool:
    """`name` (any case, surrounding spaces and punctuation ignored) is one of Indonesia's districts, with `Kecamatan`
    or `Kec.` before it or not."""
    folded = " ".join(name.strip(" ,.:;-").lower().split())
    return any(key and "|" not in key and f"|{key}|" in _DISTRICT_KEYS
               for key in {_key(folded), _key(_DISTRICT_PREFIX.sub("", folded, count=1))})


@lru_cache(maxsize=1)
def _place_words() -> str:
    """The words of every listed name between bars, built when first asked for: few datelines need them."""
    names = "|".join((_KABUPATEN_KOTA, _SHORT_NAMES, _FOREIGN_CITIES, DISTRICT_NAMES, *REGIONS, *CITY_NAMES))
    return "|" + names.lower().translate(str.maketrans(" /-", "|||")) + "|"


@lru_cache(maxsize=1024)
def is_place_word(word: str) -> bool:
    """`word` (any case) is a word of some listed regency's, city's, district's, region's or city abroad's name."""
    folded = word.strip(" ,.:;'").lower()
    return bool(folded) and "|" not in folded and f"|{folded}|" in _place_words()
