"""Israel, Palestine, Lebanon, Syria, Iraq, Iran, Jordan, the Gulf, Yemen, Turkey, Egypt.

Places in the Israeli-occupied Golan are coded ISR (administering state); places
in the West Bank and Gaza Strip PSE.  Crimea-like rules: see geo_places_10.
"""
PLACES = r"""
== ISR city
Tel Aviv|Tel Aviv-Yafo|Tel-Aviv
Haifa
Jaffa|Yafo
Rishon LeZion|Rishon Lezion|Rishon Letzion
Petah Tikva|Petah Tikvah|Petach Tikva
Ashdod
Netanya
Beersheba|Be'er Sheva|Beer Sheva|Beersheva
Holon
Bnei Brak
Ramat Gan
Bat Yam
Rehovot
Ashkelon
Herzliya
Kfar Saba
Hadera
Modiin|Modi'in
Nazareth
Lod
Ramla
Ra'anana|Raanana
Nahariya
Kiryat Shmona|Qiryat Shmona
Sderot
Eilat
Dimona
Tiberias
Safed|Tzfat|Zefat
Afula
Akko
Karmiel
Umm al-Fahm
Rahat
Kiryat Gat
Netivot
Ofakim
Metula
Shlomi
Majdal Shams
Katzrin
Caesarea
Yavne
Givatayim
Tamra
Shefa-'Amr|Shefa-Amr
Kiryat Ata
Kiryat Bialik

== ISR site
Be'eri|Kibbutz Be'eri|Beeri
Kfar Aza|Kfar Azza|Kibbutz Kfar Aza
Nir Oz|Kibbutz Nir Oz
Nahal Oz
Re'im|Kibbutz Re'im
Ben Gurion Airport|Ben-Gurion Airport|Ben Gurion International Airport
Negev Nuclear Research Center|Dimona reactor|Dimona nuclear reactor|Shimon Peres Negev Nuclear Research Center
Kerem Shalom crossing|Kerem Shalom
Erez crossing
Al-Aqsa Mosque|Al-Aqsa|Al Aqsa|Al-Aqsa compound|Temple Mount|Haram al-Sharif|Haram al-Sharif compound|Noble Sanctuary
Western Wall|Wailing Wall|Kotel
Church of the Holy Sepulchre|Holy Sepulchre
Yad Vashem
Sorek nuclear research center|Soreq Nuclear Research Center

== ISR base
Nevatim Airbase|Nevatim Air Base|Nevatim airbase|Nevatim
Ramon Airbase|Ramon Air Base
Tel Nof Airbase|Tel Nof Air Base|Tel Nof
Hatzerim Airbase|Hatzerim Air Base
Ramat David Airbase|Ramat David Air Base
Palmachim Airbase|Palmachim Air Base|Palmachim
Glilot base|Glilot
Mount Meron air control base|Meron base

== ISR region
Negev|Negev Desert|the Negev
Galilee|Upper Galilee|Western Galilee|Lower Galilee
Gaza envelope|Gaza border communities

== ISR sea
Sea of Galilee|Lake Tiberias|Lake Kinneret|Kinneret

== PSE city
Gaza City
Khan Younis|Khan Yunis|Khan Yunes|Khan Younes
Rafah
Deir al-Balah|Deir el-Balah|Deir al Balah|Deir el Balah
Jabalia|Jabaliya|Jabalya
Beit Lahia|Beit Lahiya
Beit Hanoun|Beit Hanun
Nuseirat|Nuseirat camp|Nuseirat refugee camp
Bureij|Al-Bureij|Bureij camp
Maghazi|Al-Maghazi|Maghazi camp
Al-Mawasi|Mawasi|al-Mawasi
Jenin
Nablus
Ramallah
Al-Bireh|El-Bireh
Hebron|Al-Khalil
Bethlehem
Jericho
Tulkarm|Tulkarem
Qalqilya|Qalqiliya
Tubas
Salfit
Huwara|Huwwara|Hawara
Beit Jala
Beit Sahour
Yatta
Tammun
Abasan al-Kabira|Abasan

== PSE district
Shujaiya|Shejaiya|Shujaiyya|Shejaia|Shuja'iyya
Shati camp|Beach camp|al-Shati camp|Al-Shati refugee camp
Tel al-Sultan
Jabalia camp|Jabalia refugee camp
Jenin camp|Jenin refugee camp
Nur Shams|Nur Shams camp|Nur Shams refugee camp
Balata|Balata camp|Balata refugee camp
Tulkarm camp|Tulkarem camp
Aida camp|Aida refugee camp
Masafer Yatta

== PSE site
Rafah crossing|Rafah border crossing
Philadelphi Corridor|Philadelphi Route|Philadelphia Corridor
Netzarim Corridor|Netzarim corridor
Morag Corridor
Al-Shifa Hospital|Shifa Hospital|al-Shifa hospital|Al-Shifa Medical Complex
Al-Ahli Arab Hospital|Al-Ahli Hospital|Ahli Arab Hospital|al-Ahli Baptist Hospital
Nasser Hospital|Nasser Medical Complex
Kamal Adwan Hospital
Al-Awda Hospital
Indonesian Hospital
European Gaza Hospital
Church of the Nativity

== LBN city
Tyre
Sidon
Nabatieh|Nabatiyeh|Nabatiye|Nabatiyah
Baalbek
Zahle|Zahlé
Byblos|Jbeil
Jounieh
Hermel
Marjayoun|Marjeyoun
Bint Jbeil
Khiam|El Khiam
Naqoura
Aita al-Shaab|Aita al-Shab|Ayta ash-Shab
Kfar Kila
Arsal
Halba
Batroun
Chtaura|Chtoura
Aley
Baabda
Qlayaa
Meiss el-Jabal|Mays al-Jabal
Odaisseh|Adaisseh

== LBN district
Dahiyeh|Dahieh|Dahiya|Beirut's southern suburbs
Haret Hreik
Ain al-Hilweh|Ain al-Helweh|Ein el-Hilweh
Shatila|Shatila camp|Sabra and Shatila
Nahr al-Bared

== LBN region
South Lebanon|southern Lebanon
Bekaa Valley|Bekaa|Beqaa|Beqaa Valley|Bekaa valley
Mount Lebanon
Akkar
Baalbek-Hermel

== LBN site
Port of Beirut|Beirut port
Rafic Hariri International Airport|Beirut airport|Beirut international airport
Masnaa crossing|Masnaa border crossing|Masnaa

== LBN river
Litani River|Litani|Litani river

== SYR city
Aleppo|Halab
Homs
Hama|Hamah
Latakia|Lattakia|Latakiya|Al-Ladhiqiyah
Tartus|Tartous|Tartūs
Idlib
Daraa|Deraa|Dara'a|Dar'a
Deir ez-Zor|Deir Ezzor|Deir al-Zour|Deir el-Zour|Deir Ez Zor|Deir Ezzour|Deir ez-Zour
Raqqa|Raqqah|Al-Raqqa|Ar-Raqqah
Qamishli|Qamishlo|Al-Qamishli
Hasakah|Al-Hasakah|Hasaka|Al-Hasaka
Kobani|Kobane|Ayn al-Arab|Ain al-Arab
Manbij
Afrin
Al-Bab
Jarabulus
Azaz|A'zaz|Aazaz
Tal Abyad|Tell Abyad|Gire Spi
Ras al-Ain|Ras al-Ayn|Serekaniye|Ras al Ain
Tal Rifaat|Tel Rifaat|Tal Rifat
Palmyra|Tadmur
Douma
Harasta
Zabadani
Madaya
Suwayda|Sweida|As-Suwayda|Suwaida|Sweida city
Quneitra
Jableh|Jablah
Baniyas|Banias
Qardaha
Masyaf
Salamiyah|Salamiyeh
Maarat al-Numan|Maarat al-Numan|Ma'arrat al-Nu'man
Saraqib
Khan Shaykhun|Khan Sheikhoun
Jisr al-Shughur
Sarmada
Al-Mayadin|Mayadin|Mayadeen
Al-Bukamal|Albu Kamal|Abu Kamal|Boukamal|Bukamal
Qusayr|al-Qusayr|Al-Qusair
Tal Kalakh
Rastan|Al-Rastan
Talbiseh
Daraya|Darayya
Jaramana
Sayyida Zeinab|Sayyida Zaynab
Tabqa|Al-Tabqa|Al-Thawrah
Busra al-Sham|Bosra
Inkhil
Tafas
Sanamayn|Al-Sanamayn
Shahba
Qutayfah
Yabroud|Yabrud
Nabek|An-Nabk
Dumayr
Al-Shaddadi|Shaddadi
Amuda
Derik|Al-Malikiyah
Tell Tamer|Tal Tamr
Ain Issa|Ain Isa
Sheikh Maqsoud|Sheikh Maqsood

== SYR district
Jobar
Mezzeh|Mazzeh
Kafr Sousa|Kafr Souseh
Yarmouk camp|Yarmouk refugee camp
Eastern Ghouta|East Ghouta|Ghouta
Qalamoun|Qalamoun Mountains|Qalamoun mountains

== SYR region suffix=Governorate,province
Aleppo
Homs
Hama
Latakia|Lattakia
Tartus|Tartous
Idlib
Daraa|Deraa
Deir ez-Zor|Deir al-Zour|Deir Ezzor
Raqqa
Hasakah|Al-Hasakah
Suwayda|Sweida
Quneitra

== SYR region
Rif Dimashq Governorate|Rif Dimashq|Damascus countryside|Rural Damascus|Damascus Countryside Governorate

== SYR base
Hmeimim Air Base|Hmeimim|Khmeimim|Hmeimim airbase|Khmeimim air base
Tartus naval base|Tartus naval facility
Shayrat Air Base|Shayrat airbase|Al-Shayrat
Mezzeh military airport|Mezzeh air base|Mezzeh airbase
T-4 airbase|Tiyas Air Base|T4 airbase|Tiyas airbase|T-4 air base
Al-Tanf|At-Tanf|Tanf|al-Tanf garrison|Tanf garrison
Kuweires airbase|Kuweires air base
Nayrab airbase|Nairab airbase
Qamishli airport
Dumayr airbase|Dumayr air base

== SYR site
Al-Hol|al-Hol camp|Al-Hol camp|Al-Hawl|al-Hawl camp
Roj camp
Rukban|Rukban camp|Rukban refugee camp
Saydnaya prison|Sednaya prison|Sednaya|Saydnaya
Tabqa Dam|Tabqa dam|Euphrates Dam
Tishrin Dam
Al-Omar oil field|Omar oil field
Conoco gas field|Conoco field
Umayyad Mosque
Bab al-Hawa|Bab al-Hawa crossing|Bab al-Hawa border crossing
Bab al-Salameh|Bab al-Salam crossing
Nassib crossing|Nasib border crossing
Damascus International Airport|Damascus airport
Aleppo International Airport|Aleppo airport

== IRQ city
Mosul
Basra|Basrah
Erbil|Irbil|Arbil|Hewler|Hawler
Kirkuk
Sulaymaniyah|Sulaimaniya|Suleimaniyah|Slemani|Sulaimani|Sulaymaniya
Duhok|Dohuk|Dahuk
Najaf
Karbala|Kerbala
Fallujah|Falluja
Ramadi
Tikrit
Samarra
Baqubah|Baquba|Baqouba
Kut|Al-Kut
Nasiriyah|Nassiriya|Nasiriya
Amarah|Al-Amarah|Amara
Hillah|Al-Hillah|Hilla
Diwaniyah|Diwaniya|Al-Diwaniyah
Samawah|Samawa
Kufa
Sinjar|Shingal
Tal Afar|Tel Afar|Talafar
Haditha
Al-Qaim|Qaim|Al Qaim
Rutba|Rutbah|Al-Rutba
Abu Ghraib
Jurf al-Sakhar|Jurf al-Nasr|Jurf al-Sakr
Umm Qasr
Zakho
Halabja
Taji
Baiji|Beiji
Makhmour|Makhmur
Qayyarah
Hawija|Hawijah
Tuz Khurmatu|Tuz Khurmato
Khanaqin
Muqdadiyah
Jalawla
Amerli|Amirli
Bashiqa
Bartella
Qaraqosh|Bakhdida|Hamdaniya
Al-Faw|Faw
Rania|Ranya
Soran
Koya|Koysinjaq
Penjwen
Sinune

== IRQ district
Sadr City
Kadhimiya|Kazimiyah|Al-Kadhimiya
Adhamiya|Adhamiyah
Green Zone|International Zone|Baghdad's Green Zone

== IRQ region suffix=Governorate,province
+Anbar|Al Anbar|Al-Anbar
+Nineveh|Ninawa|Ninewa
+Salahuddin|Salah al-Din|Saladin|Salaheddin
+Diyala
+Babil
+Wasit
+Maysan|Missan
+Dhi Qar
+Muthanna|Al-Muthanna
+Qadisiyah|Al-Qadisiyah|Qadisiyyah
Basra
Kirkuk
Erbil
Sulaymaniyah
Duhok|Dohuk
Najaf
Karbala
Halabja
Baghdad

== IRQ region
Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq|Kurdistan region of Iraq|KRI
Nineveh Plains|Nineveh Plain

== IRQ base
Ain al-Asad|Ain al-Assad|Al Asad Air Base|Al-Asad airbase|Ayn al-Asad|Ain al-Asad air base
Harir Air Base|Harir base|Harir
Victory Base Complex|Camp Victory
Camp Taji
K-1 air base|K1 air base|K-1 base
Balad Air Base|Balad airbase
Camp Speicher|Speicher base

== IRQ site
Baghdad International Airport|Baghdad airport
Erbil International Airport|Erbil airport
Mosul Dam
Haditha Dam
Abu Ghraib prison
Imam Hussein Shrine
Imam Ali Shrine
Al-Askari Shrine|Askari Shrine|al-Askari mosque
Khor Mor gas field|Khor Mor
Rumaila|Rumaila oil field
West Qurna|West Qurna oil field
Majnoon oil field
Babylon
Hatra
Nimrud

== IRQ mountain
Sinjar Mountains|Mount Sinjar|Sinjar mountain
Qandil Mountains|Qandil|Mount Qandil|Qandil mountains
Hamrin Mountains|Hamrin mountains|Hamrin

== IRN city
Mashhad
Isfahan|Esfahan
Karaj
Shiraz
Tabriz
Qom|Ghom
Ahvaz|Ahwaz
Kermanshah
Urmia|Orumiyeh|Urumieh
Rasht
Zahedan
Kerman
Hamadan
Yazd
Ardabil
Bandar Abbas
Arak
Zanjan
Sanandaj
Qazvin
Khorramabad
Bushehr
Gorgan
Birjand
Bojnurd
Semnan
Ilam
Yasuj
Shahrekord|Shahr-e Kord
Abadan
Bandar Mahshahr|Mahshahr
Chabahar
Bandar Lengeh
Jask
Saravan
Iranshahr
Piranshahr
Mahabad
Saqqez
Baneh
Marivan
Javanrud
Sardasht
Bukan
Izeh
Andimeshk
Neyshabur|Nishapur
Sabzevar
Kashan
Najafabad
Varamin
Eslamshahr
Babol
Amol
Zabol
Bandar Anzali|Anzali
Khoy
Maragheh
Qasr-e Shirin|Qasr Shirin
Mehran
Zarand
Rafsanjan
Sirjan
Jiroft
Pakdasht
Shahriar
Damghan
Shahroud

== IRN site
Natanz|Natanz nuclear facility|Natanz enrichment facility|Natanz Fuel Enrichment Plant|Natanz nuclear site
Fordow|Fordo|Fordow Fuel Enrichment Plant|Fordow enrichment facility|Fordow nuclear site
Parchin|Parchin military complex
Isfahan Uranium Conversion Facility|Isfahan nuclear facility|Isfahan nuclear site|Isfahan Nuclear Technology Center
Arak heavy water reactor|Khondab reactor|Khondab heavy water reactor|Arak reactor
Bushehr Nuclear Power Plant|Bushehr nuclear plant|Bushehr reactor
Tehran Research Reactor
Evin Prison|Evin prison
Shahid Rajaee Port|Shahid Rajaei Port|Shahid Rajaee port
Imam Khomeini International Airport|Imam Khomeini airport
Mehrabad Airport|Mehrabad International Airport
Semnan spaceport|Imam Khomeini Spaceport
Shahroud missile site|Shahroud space center
Khojir|Khojir missile complex
Pickaxe Mountain|Kuh-e Kolang Gaz La
South Pars|South Pars gas field
Asaluyeh|Assaluyeh
Kharg oil terminal

== IRN island
Kharg Island|Kharg
Qeshm Island|Qeshm
Kish Island
Hormuz Island
Larak Island
Lavan Island

== IRN region suffix=province,Province
+Sistan and Baluchestan|Sistan-Baluchestan|Sistan-Baluchistan|Sistan and Baluchistan
+Khuzestan
Kurdistan
+Hormozgan
+West Azerbaijan
+East Azerbaijan
+Razavi Khorasan|Khorasan Razavi
+North Khorasan
+South Khorasan
+Mazandaran
+Gilan
+Golestan
+Lorestan
+Kohgiluyeh and Boyer-Ahmad|Kohgiluyeh and Boyer-Ahmad
+Chaharmahal and Bakhtiari
Fars
Alborz
+Markazi
Tehran
Kerman
Yazd
Semnan
Qom
Qazvin
Zanjan
Ardabil
Hamadan
Kermanshah
Ilam
Bushehr

== IRN region
Iranian Kurdistan|Rojhelat

== IRN mountain
Alborz Mountains|Elburz Mountains|Alborz mountains
Zagros Mountains|Zagros|Zagros mountains

== JOR city
Zarqa
Irbid
Aqaba
Mafraq
Madaba
Jerash
Karak|Kerak
Ma'an
Tafilah|Tafila
Ajloun
Ramtha
Russeifa
Azraq
Ruwaished|Ruweished

== JOR site
Zaatari camp|Zaatari|Za'atari refugee camp|Zaatari refugee camp
Azraq camp|Azraq refugee camp
Wadi Rum
Queen Alia International Airport|Queen Alia airport

== JOR base
Muwaffaq Salti Air Base|Muwaffaq al-Salti Air Base|Muwaffaq Salti airbase
Tower 22

== SAU city
Jeddah|Jedda|Jiddah
Mecca|Makkah
Dammam
Khobar|Al-Khobar|Al Khobar
Dhahran
Taif
Tabuk
Abha
Khamis Mushait
Jizan|Jazan|Gizan
Najran
Buraidah|Buraydah
Ha'il
Yanbu
Jubail
Ras Tanura
Abqaiq|Buqayq
Qatif
Hofuf|Al-Hofuf
Al-Ula|AlUla
Sakaka
Arar

== SAU site
Neom|NEOM
Khurais|Khurais oil field
Ghawar|Ghawar oil field
Masjid al-Haram|Great Mosque of Mecca
Prophet's Mosque|Masjid an-Nabawi
Shaybah oil field|Shaybah
Ras Tanura refinery

== SAU base
Prince Sultan Air Base|PSAB
King Khalid Military City
King Abdulaziz Air Base

== SAU region
Asir|Asir Province|Aseer
Jazan Province|Jizan Province
Najran Province
Qassim|Al-Qassim|Qassim Province

== ARE city
Dubai
Sharjah
Ajman
Ras al-Khaimah|Ras Al Khaimah
Fujairah
Umm al-Quwain|Umm Al Quwain
Al Ain
Ruwais
Khor Fakkan

== ARE site
Jebel Ali|Jebel Ali port
Barakah nuclear power plant|Barakah nuclear plant|Barakah
Dubai International Airport|Dubai airport
Mussafah|Musaffah

== ARE base
Al Dhafra Air Base|Al-Dhafra Air Base|Al Dhafra|Al-Dhafra

== QAT city
Al Wakrah|Wakrah
Al Khor
Lusail
Al Rayyan
Mesaieed|Mesaieed|Umm Said

== QAT site
Ras Laffan
Hamad International Airport

== QAT base
Al Udeid Air Base|Al Udeid|Al-Udeid|Al-Udeid Air Base

== KWT city
Jahra|Al Jahra
Ahmadi|Al Ahmadi
Fahaheel

== KWT base
Camp Arifjan|Arifjan
Ali Al Salem Air Base|Ali al-Salem Air Base
Camp Buehring

== KWT island
Failaka Island|Failaka
Bubiyan Island|Bubiyan

== BHR city
Muharraq
Riffa
Sitra
Hamad Town
Juffair

== BHR base
Naval Support Activity Bahrain|NSA Bahrain
Isa Air Base

== OMN city
Salalah
Sohar
Nizwa
Duqm
Khasab
Ibri
Buraimi
Seeb

== OMN region
Musandam|Musandam Peninsula
Dhofar

== OMN island
Masirah Island|Masirah

== YEM city
Aden
Taiz|Taizz|Ta'izz
Hodeidah|Hudaydah|Hodeida|Al-Hudaydah|Hudeidah
Mukalla|Al Mukalla|Al-Mukalla
Ibb
Dhamar
Marib|Ma'rib
Saada|Sa'ada|Sadah|Sa'dah
Hajjah
Amran
Sayun|Seiyun
Zinjibar
Lahij|Lahj
Ataq
Mokha|Al-Mokha
Ras Isa|Ras Issa
Al-Dhale|Dhale|Ad Dali
Al-Ghaydah|Ghaydah
Shihr|Ash Shihr
Jaar|Ja'ar
Bajil
Zabid
Al-Khawkhah|Khokha
Midi port
Salif|As-Salif
Rada'a
Harad
Al-Hazm

== YEM region suffix=Governorate,governorate,province
+Hadramawt|Hadramout|Hadhramaut|Hadramaut
+Al Mahrah|Mahra|Al-Mahra
+Shabwa|Shabwah
+Abyan
Lahij|Lahj
Al Dhale|Dhale
Marib|Ma'rib
Al Jawf
Saada
Hajjah
Hodeidah|Hudaydah
Taiz
Ibb
Dhamar
Amran
Raymah
Al Mahwit
Sanaa
Al Bayda|Bayda
Aden

== YEM island
Socotra|Soqotra|Socotra Island
Perim Island|Perim|Mayun Island
Kamaran Island|Kamaran
Abd al-Kuri|Abd al Kuri
Zuqar Island|Zuqar
Hanish Islands

== YEM site
Sanaa International Airport|Sanaa airport
Aden International Airport|Aden airport
Ras Isa oil terminal|Ras Isa port

== TUR city
Istanbul|İstanbul
Izmir|İzmir
Bursa
Antalya
Adana
Konya
Gaziantep|Antep
Şanlıurfa|Sanliurfa|Urfa
Mersin
Diyarbakır|Diyarbakir|Amed
Kayseri
Eskişehir|Eskisehir
Samsun
Denizli
Malatya
Kahramanmaraş|Kahramanmaras|Maras
Erzurum
Trabzon
Elazığ|Elazig
Adapazarı|Adapazari
Izmit|İzmit
Antakya|Antioch
İskenderun|Iskenderun
Kilis
Mardin
Nusaybin
Cizre
Silopi
Şırnak|Sirnak
Hakkari|Hakkâri
Siirt
Bitlis
Ağrı|Agri
Kars
Iğdır|Igdir
Ardahan
Artvin
Rize
Giresun
Sinop
Zonguldak
Edirne|Adrianople
Tekirdağ|Tekirdag
Çanakkale|Canakkale
Balıkesir|Balikesir
Bodrum
Marmaris
Muğla|Mugla
Manisa
Afyonkarahisar|Afyon
Isparta
Kırıkkale|Kirikkale
Çorum|Corum
Sivas
Tokat
Amasya
Yozgat
Niğde|Nigde
Aksaray
Nevşehir|Nevsehir
Karaman
Osmaniye
Adıyaman|Adiyaman
Tunceli|Dersim
Bingöl|Bingol
Erzincan
Akçakale|Akcakale
Ceylanpınar|Ceylanpinar
Suruç|Suruc
Reyhanlı|Reyhanli
Gölcük|Golcuk
Kırşehir|Kirsehir
Düzce|Duzce
Bolu
Kastamonu
Kütahya|Kutahya
Uşak|Usak
Alanya
Fethiye
Yalova
Gebze
Hopa
Doğubayazıt|Dogubayazit
Yüksekova|Yuksekova
Midyat
Kızıltepe|Kiziltepe
Viranşehir|Viransehir
Birecik
Nizip
Islahiye

== TUR region
Hatay|Hatay Province|Hatay province
Kocaeli|Kocaeli Province|Kocaeli province
Sakarya|Sakarya Province|Sakarya province
Anatolia|Asia Minor
Eastern Thrace|East Thrace|Turkish Thrace
Cappadocia

== TUR base
Incirlik Air Base|Incirlik|İncirlik|İncirlik Air Base|Incirlik airbase
Kürecik radar station|Kurecik radar|Kürecik|Kurecik
Konya Air Base
Diyarbakır Air Base|Diyarbakir Air Base
Aksaz Naval Base|Aksaz

== TUR site
Akkuyu Nuclear Power Plant|Akkuyu nuclear plant|Akkuyu
Istanbul Airport
Sabiha Gökçen Airport|Sabiha Gokcen Airport
Taksim Square
Hagia Sophia
Ilisu Dam
Atatürk Dam|Ataturk Dam

== TUR mountain
Mount Ararat|Ağrı Dağı|Agri Dagi
Taurus Mountains|Toros Mountains
Pontic Mountains

== TUR sea
Lake Van

== EGY city
Alexandria
Giza
Port Said
Suez
Ismailia
Luxor
Aswan
Asyut|Assiut
Mansoura|El Mansoura
Tanta
Zagazig
Faiyum|Fayoum|Fayum
Minya|El Minya|Al-Minya
Sohag
Qena
Hurghada
Sharm el-Sheikh|Sharm El Sheikh|Sharm el Sheikh
Damietta
Arish|El Arish|Al-Arish
Sheikh Zuweid|Sheikh Zuwaid
Bir al-Abd
El Alamein|Alamein
Marsa Matruh|Mersa Matruh
Siwa
Dahab
Taba
Nuweiba
Safaga
Helwan
Shubra el-Kheima|Shubra El Kheima
Beni Suef
Kafr el-Sheikh
Damanhur
Banha|Benha
Mahalla|El-Mahalla El-Kubra|Mahalla al-Kubra
New Administrative Capital
Sallum|Salloum
Ain Sokhna|Ain Sukhna
Edfu
Kom Ombo
Abu Simbel
El Tor|Al-Tur

== EGY region
Sinai|Sinai Peninsula|the Sinai
North Sinai
South Sinai
Nile Delta
Upper Egypt

== EGY site
Tahrir Square
Aswan High Dam|Aswan Dam
Zohr gas field|Zohr
Sokhna port
Cairo International Airport|Cairo airport
Pyramids of Giza|Giza pyramids|Great Pyramid of Giza

== EGY sea
Suez Canal
Lake Nasser
Gulf of Suez
Bitter Lakes|Great Bitter Lake
"""
