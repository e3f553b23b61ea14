"""South, Central, East and South-East Asia."""
PLACES = r"""
== AFG city
Kandahar|Qandahar
Herat
Mazar-i-Sharif|Mazar-e-Sharif|Mazar-e Sharif
Jalalabad
Kunduz|Kondoz
Ghazni
Lashkar Gah|Lashkargah
Khost
Gardez
Bamiyan|Bamyan
Pul-i-Khumri|Puli Khumri|Pul-e Khumri
Taloqan
Sheberghan|Shibirghan
Maimana|Maymana
Charikar
Zaranj
Qalat
Tarinkot|Tarin Kowt
Chaghcharan
Spin Boldak
Musa Qala
Sangin
Marjah|Marja
Gereshk
Mehtarlam
Pul-e Alam|Pul-i-Alam
Maidan Shahr
Sharana
Islam Qala

== AFG region suffix=Province,province
Kandahar
Herat
Kabul
Kunduz
Ghazni
Khost
Bamiyan|Bamyan
Balkh
Farah
+Helmand
+Nangarhar
+Paktia|Paktiya
+Paktika
+Kunar|Konar
+Nuristan
+Panjshir|Panjsher ; Panjshir Valley|Panjshir valley
+Badakhshan
+Takhar
+Baghlan
+Uruzgan|Oruzgan
+Zabul
+Wardak|Maidan Wardak
+Logar
+Laghman
+Kapisa
+Parwan
+Badghis
+Faryab
+Jowzjan|Jawzjan
+Samangan
+Sar-e Pol|Sar-i-Pul
+Ghor
+Daykundi
+Nimroz

== AFG region
Wakhan Corridor|Wakhan

== AFG base
Bagram Air Base|Bagram|Bagram airfield|Bagram airbase
Kandahar Airfield|Kandahar Air Field
Camp Bastion|Camp Shorabak

== AFG site
Hamid Karzai International Airport|Kabul airport|Kabul International Airport
Salang Tunnel|Salang Pass
Tora Bora
Kajaki Dam
Qosh Tepa Canal
Bamiyan Buddhas

== PAK city
Karachi
Lahore
Faisalabad
Rawalpindi
Gujranwala
Peshawar
Multan
Quetta
Sialkot
Bahawalpur
Sargodha
Sukkur
Larkana
Mardan
Abbottabad
Mingora
Dera Ismail Khan|D.I. Khan
Bannu
Kohat
Gwadar
Turbat
Chaman
Zhob
Khuzdar
Gilgit
Skardu
Muzaffarabad
Kotli
Rawalakot
Parachinar
Miranshah|Miram Shah|Miramshah
Wana
Jamrud
Landi Kotal
Chitral
Nowshera
Charsadda
Swabi
Mianwali
Jhelum
Gujrat
Sahiwal
Okara
Kasur
Sheikhupura
Rahim Yar Khan
Dera Ghazi Khan|D.G. Khan
Jacobabad
Nawabshah|Shaheed Benazirabad
Mirpur Khas
Thatta
Badin
Sibi
Mastung
Panjgur
Pasni
Ormara
Jiwani
Kharan
Noshki
Dalbandin
Taftan
Lakki Marwat
Muridke
Kharian
Attock
Taxila
Murree

== PAK region
Punjab province|Pakistani Punjab|Pakistan's Punjab
Sindh|Sindh province
Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa|KPK|North-West Frontier Province|NWFP
Balochistan|Baluchistan|Balochistan province
Federally Administered Tribal Areas|FATA
Waziristan
North Waziristan
South Waziristan
Kurram|Kurram district
Orakzai
Bajaur
Khyber district
Tirah Valley|Tirah
Swat Valley

== PAK base
Nur Khan Air Base|PAF Base Nur Khan|Chaklala Air Base
Mushaf Air Base|PAF Base Mushaf|Sargodha Air Base
Shahbaz Air Base|PAF Base Shahbaz|Jacobabad Air Base
Masroor Air Base|PAF Base Masroor
Rafiqui Air Base|PAF Base Rafiqui
Murid Air Base|PAF Base Murid
Bholari Air Base|PAF Base Bholari
Minhas Air Base|PAF Base Minhas|Kamra Air Base

== PAK site
Khyber Pass
Karakoram Highway|KKH
Khan Research Laboratories|Kahuta
Tarbela Dam
Mangla Dam
Gwadar Port|Gwadar port
Jinnah International Airport|Karachi airport
Allama Iqbal International Airport|Lahore airport

== IND city
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bengaluru|Bangalore
Ahmedabad
Pune|Poona
Surat
Jaipur
Lucknow
Kanpur
Nagpur
Indore
Bhopal
Patna
Vadodara|Baroda
Ludhiana
Agra
Nashik
Varanasi|Benares|Banaras
Srinagar
Amritsar
Jammu
Leh
Kargil
Chandigarh
Dehradun
Shimla|Simla
Guwahati
Imphal
Shillong
Aizawl
Kohima
Agartala
Itanagar
Gangtok
Bhubaneswar
Raipur
Ranchi
Thiruvananthapuram|Trivandrum
Kochi|Cochin
Kozhikode|Calicut
Coimbatore
Madurai
Visakhapatnam|Vizag
Vijayawada
Amaravati
Mysuru|Mysore
Mangaluru|Mangalore
Jodhpur
Udaipur
Bikaner
Jaisalmer
Ajmer
Pathankot
Jalandhar
Bathinda
Gwalior
Jabalpur
Meerut
Ghaziabad
Noida
Gurugram|Gurgaon
Faridabad
Aligarh
Bareilly
Moradabad
Prayagraj|Allahabad
Ayodhya
Gorakhpur
Dhanbad
Jamshedpur
Siliguri
Darjeeling
Cuttack
Rourkela
Dantewada
Sukma
Gadchiroli
Nanded
Thane
Navi Mumbai
Panaji|Panjim
Port Blair|Sri Vijaya Puram
Pahalgam
Anantnag
Baramulla
Kupwara
Pulwama
Sopore
Rajouri
Kathua
Udhampur
Doda
Kishtwar
Gulmarg
Handwara
Shopian
Kulgam
Budgam
Ganderbal
Bandipora
Tawang
Dimapur
Churachandpur
Moreh
Ukhrul
Silchar
Dibrugarh
Tezpur
Jorhat
Kokrajhar
Bhuj
Porbandar
Jamnagar
Rajkot
Gandhinagar
Kota
Ujjain
Mhow
Tirupati
Tiruchirappalli|Trichy
Vellore
Nellore
Kurnool
Warangal
Secunderabad
Ambala
Karwar
Thoothukudi|Tuticorin
Rohtak
Sonipat
Panipat
Muzaffarnagar
Saharanpur
Mathura
Vrindavan
Haridwar
Rishikesh
Nainital
Gaya
Bhagalpur
Muzaffarpur
Darbhanga
Purnia
Malda
Murshidabad
Howrah
Durgapur
Asansol
Kharagpur
Sambalpur
Berhampur
Bokaro
Hazaribagh
Jagdalpur
Kolhapur
Sangli
Solapur
Latur
Akola
Amravati
Jalgaon
Belagavi|Belgaum
Hubballi|Hubli
Dharwad
Kalaburagi|Gulbarga
Ballari|Bellary
Shivamogga|Shimoga
Udupi
Kannur
Thrissur
Kollam
Palakkad
Alappuzha|Alleppey
Tiruppur
Thanjavur|Tanjore
Rameswaram
Kanyakumari
Nagercoil
Guntur
Rajahmundry|Rajamahendravaram
Kakinada
Anantapur
Karimnagar
Nizamabad
Khammam

== IND region
Andhra Pradesh
Assam
Bihar
Chhattisgarh
Goa
Gujarat
Haryana
Himachal Pradesh
Jharkhand
Karnataka
Kerala
Madhya Pradesh
Maharashtra
Manipur
Meghalaya
Mizoram
Nagaland
Odisha|Orissa
Punjab state|Indian Punjab|India's Punjab
Rajasthan
Sikkim
Tamil Nadu
Telangana
Tripura
Uttar Pradesh
Uttarakhand|Uttaranchal
West Bengal
Puducherry|Pondicherry
Lakshadweep
Northeast India|North East India|India's northeast
Bastar
Kutch|Kachchh|Rann of Kutch
Siliguri Corridor|Chicken's Neck
Konkan
Malabar Coast
Deccan|Deccan Plateau

== IND island
Andaman and Nicobar Islands|Andaman Islands|Andamans
Nicobar Islands
Great Nicobar

== IND city
Delhi|Old Delhi

== IND site
Pokhran|Pokaran|Pokhran test range
Satish Dhawan Space Centre|Sriharikota
Kalpakkam|Madras Atomic Power Station
Kudankulam Nuclear Power Plant|Kudankulam
Tarapur Atomic Power Station|Tarapur
Bhabha Atomic Research Centre|BARC
Golden Temple|Harmandir Sahib
Taj Mahal
Red Fort
India Gate
Chhatrapati Shivaji Maharaj International Airport|Mumbai airport
Indira Gandhi International Airport|Delhi airport

== IND base
Ambala Air Force Station|Ambala air base
Hindon Air Force Station|Hindon air base
Adampur Air Force Station|Adampur air base
Pathankot Air Force Station|Pathankot air base
INS Kadamba|Karwar naval base
Car Nicobar Air Force Station
Gwalior Air Force Station|Gwalior air base
Jamnagar Air Force Station
Bhuj air base|Bhuj Air Force Station

== BGD city
Chittagong|Chattogram
Khulna
Rajshahi
Sylhet
Rangpur
Barisal|Barishal
Mymensingh
Comilla|Cumilla
Cox's Bazar
Narayanganj
Gazipur
Bogra|Bogura
Jessore|Jashore
Dinajpur
Teknaf
Ukhia
Savar
Tongi
Rangamati
Bandarban

== BGD region
Chittagong Hill Tracts

== BGD site
Kutupalong|Kutupalong refugee camp|Kutupalong camp
Rooppur Nuclear Power Plant|Rooppur nuclear plant
Rana Plaza

== BGD island
Bhasan Char|Bashan Char
Saint Martin's Island|St Martin's Island

== LKA city
Colombo
Kandy
Jaffna
Galle
Trincomalee
Batticaloa
Negombo
Anuradhapura
Hambantota
Mannar
Kilinochchi
Mullaitivu
Vavuniya
Matara
Kurunegala
Ratnapura
Nuwara Eliya
Dehiwala-Mount Lavinia
Moratuwa

== LKA site
Hambantota Port|Hambantota port
Bandaranaike International Airport|Colombo airport

== NPL city
Pokhara
Biratnagar
Birgunj
Butwal
Dharan
Janakpur
Nepalgunj
Bhaktapur
Hetauda
Dhangadhi
Lumbini

== NPL mountain
Annapurna

== - island
New Guinea
Borneo
Timor

== - site
Wagah|Attari-Wagah|Attari|Wagah border|Wagah-Attari border
Kartarpur Corridor

== - mountain
Mount Everest|Everest|Sagarmatha|Chomolungma|Qomolangma
K2|Mount Godwin-Austen
Himalayas|Himalaya|Himalayan mountains
Karakoram|Karakoram range
Hindu Kush
Pamir Mountains|Pamirs
Tian Shan|Tien Shan
Altai Mountains|Altay Mountains
Mount Paektu|Paektu|Paektusan|Changbai Mountain|Baekdu Mountain|Mount Baekdu
Kanchenjunga

== BTN city
Phuntsholing
Paro
Punakha
Gelephu

== MDV island
Addu Atoll|Addu City
Hulhumalé|Hulhumale

== CHN city
Shanghai
Chongqing|Chungking
Tianjin|Tientsin
Guangzhou
Shenzhen
Chengdu
Wuhan
Xi'an|Xian
Hangzhou
Nanjing|Nanking
Shenyang
Harbin
Dalian
Qingdao|Tsingtao
Jinan
Zhengzhou
Changsha
Kunming
Fuzhou
Xiamen|Amoy
Ningbo
Suzhou
Wuxi
Hefei
Nanchang
Nanning
Guiyang
Lanzhou
Xining
Yinchuan
Hohhot
Urumqi|Ürümqi|Urumchi
Lhasa
Kashgar
Hotan|Khotan
Yining|Ghulja
Korla
Turpan
Shihezi
Karamay
Changchun
Jilin City
Yanji
Dandong
Hunchun
Baotou
Datong
Taiyuan
Shijiazhuang
Tangshan
Baoding
Qinhuangdao
Yantai
Weihai
Zhanjiang
Sanya
Haikou
Zhuhai
Dongguan
Foshan
Shantou
Quanzhou
Zhangzhou
Putian
Wenzhou
Yiwu
Shaoxing
Luoyang
Kaifeng
Yichang
Mianyang
Jiuquan
Dunhuang
Golmud
Hami
Erenhot
Manzhouli
Ruili
Shigatse|Xigaze
Nyingchi
Zhangjiakou
Huizhou
Jiangmen
Nantong
Changzhou
Xuzhou
Yangzhou
Lianyungang
Wuhu
Ganzhou
Jiujiang
Guilin
Liuzhou
Beihai
Fangchenggang
Zunyi
Panzhihua
Leshan
Yibin
Zigong
Ordos
Anshan
Fushun
Qiqihar
Daqing
Mudanjiang
Jixi
Heihe
Suifenhe
Tonghua
Xiangyang
Shiyan
Zhuzhou
Hengyang
Yueyang
Changde
Zibo
Weifang
Linyi
Jining
Rizhao
Handan
Xingtai
Cangzhou
Langfang
Xiong'an|Xiongan

== CHN region
Guangdong
Fujian
Zhejiang
Jiangsu
Shandong
Hebei
Henan
Hubei
Hunan
Anhui
Jiangxi
Sichuan
Yunnan
Guizhou
Shaanxi
Shanxi
Gansu
Qinghai
Heilongjiang
Jilin|Jilin Province|Jilin province
Liaoning
Hainan|Hainan Island|Hainan Province
Xinjiang|Xinjiang Uyghur Autonomous Region|Xinjiang Uygur Autonomous Region|East Turkestan|East Turkistan
Tibet|Tibet Autonomous Region|Xizang
Inner Mongolia|Nei Mongol|Inner Mongolia Autonomous Region
Ningxia|Ningxia Hui Autonomous Region
Guangxi|Guangxi Zhuang Autonomous Region
Manchuria|Northeast China
Pearl River Delta
Yangtze River Delta

== CHN site
Jiuquan Satellite Launch Center
Xichang Satellite Launch Center
Wenchang Spacecraft Launch Site|Wenchang Space Launch Site|Wenchang
Taiyuan Satellite Launch Center
Lop Nur|Lop Nor|Lop Nur nuclear test site
Tiananmen Square|Tiananmen
Three Gorges Dam
Great Hall of the People
Forbidden City
Yumen missile silo field|Yumen silo field
Hami silo field
Ordos silo field
Malan nuclear test base
Mianyang nuclear weapons complex

== CHN base
Yulin Naval Base|Yulin naval base|Longpo naval base

== CHN island
Woody Island|Yongxing Island
Mischief Reef|Meiji Reef|Panganiban Reef
Fiery Cross Reef|Yongshu Reef|Kagitingan Reef
Subi Reef|Zhubi Reef|Zamora Reef
Gaven Reefs
Johnson South Reef

== HKG district
Kowloon
New Territories
Causeway Bay
Mong Kok|Mongkok
Tsim Sha Tsui
Sha Tin|Shatin
Tuen Mun
Yuen Long
Wan Chai

== HKG island
Hong Kong Island
Lantau|Lantau Island

== HKG sea
Victoria Harbour

== MAC district
Taipa
Cotai

== TWN city
Kaohsiung
Taichung
Tainan
Taoyuan
New Taipei|New Taipei City
Keelung
Hsinchu
Chiayi
Hualien
Taitung
Pingtung
Yilan
Miaoli
Changhua
Nantou
Yunlin
Magong
Su-ao|Suao

== TWN island
Kinmen|Quemoy|Kinmen Islands
Matsu|Matsu Islands|Lienchiang
Penghu|Pescadores|Penghu Islands
Pratas Island|Pratas|Dongsha|Dongsha Island|Pratas Islands
Itu Aba|Taiping Island|Taiping Dao
Orchid Island|Lanyu

== TWN base
Zuoying naval base|Tsoying naval base
Chiashan Air Base|Chiashan
Ching Chuan Kang Air Base|Ching Chuan Kang
Hualien Air Base

== TWN site
Hsinchu Science Park
Taoyuan International Airport|Taiwan Taoyuan International Airport
Presidential Office Building

== KOR city
Busan|Pusan
Incheon|Inchon
Daegu|Taegu
Daejeon|Taejon
Gwangju|Kwangju
Ulsan
Suwon
Changwon
Seongnam
Goyang
Yongin
Pohang
Jeonju
Cheongju
Gyeongju
Gangneung
Chuncheon
Sokcho
Paju
Gimpo
Pyeongtaek
Osan
Dongducheon
Uijeongbu
Sejong City
Geoje
Mokpo
Yeosu
Gunsan|Kunsan
Seongju
Gimhae
Cheonan
Ansan
Bucheon
Hwaseong
Jinhae
Yeoncheon

== KOR island
Jeju Island|Jeju|Cheju
Yeonpyeong Island|Yeonpyeong
Baengnyeong Island|Baengnyeong
Geoje Island
Ulleung Island|Ulleungdo

== KOR base
Camp Humphreys
Osan Air Base
Kunsan Air Base
Yongsan Garrison
Camp Casey
Jinhae naval base
Jeju naval base|Jeju Civilian-Military Complex Port
Seongju THAAD site|THAAD site in Seongju

== KOR region
Gyeonggi|Gyeonggi Province|Gyeonggi-do
Gangwon Province|Gangwon State|Gangwon-do
North Chungcheong|North Chungcheong Province|Chungcheongbuk-do
South Chungcheong|South Chungcheong Province|Chungcheongnam-do
North Jeolla|North Jeolla Province|Jeonbuk State|Jeollabuk-do
South Jeolla|South Jeolla Province|Jeollanam-do
North Gyeongsang|North Gyeongsang Province|Gyeongsangbuk-do
South Gyeongsang|South Gyeongsang Province|Gyeongsangnam-do

== KOR site
Incheon International Airport|Incheon airport
Gimpo International Airport|Gimpo airport
Yongsan presidential office
Cheong Wa Dae|Blue House
Kori Nuclear Power Plant|Kori nuclear plant

== - site
Korean Demilitarized Zone|Demilitarized Zone|Korean DMZ|inter-Korean border
Panmunjom|Panmunjeom|Joint Security Area
Northern Limit Line

== PRK city
Hamhung
Chongjin
Nampo|Nampho
Wonsan
Sinuiju
Kaesong
Rason|Rajin|Rason Special Economic Zone
Hyesan
Kanggye
Haeju
Sariwon
Pyongsong
Kimchaek
Tanchon
Kusong
Sunan
Hamhung-Hungnam|Hungnam

== PRK site
Yongbyon|Yongbyon Nuclear Scientific Research Center|Yongbyon nuclear complex|Yongbyon nuclear facility
Punggye-ri|Punggye-ri nuclear test site|Punggye-ri test site
Sohae Satellite Launching Station|Sohae|Tongchang-ri|Sohae launch site
Kaesong Industrial Complex|Kaesong industrial zone|Kaesong Industrial Region
Kangson|Kangson enrichment site|Kangson enrichment facility
Sunan International Airport|Pyongyang airport|Pyongyang International Airport
Kumsusan Palace of the Sun
Wonsan Kalma|Wonsan-Kalma
Mount Kumgang|Kumgangsan|Mount Kumgang resort

== PRK region
North Hamgyong|North Hamgyong Province
South Hamgyong|South Hamgyong Province
North Pyongan|North Pyongan Province
South Pyongan|South Pyongan Province
Chagang|Chagang Province
Ryanggang|Ryanggang Province|Yanggang Province
North Hwanghae|North Hwanghae Province
South Hwanghae|South Hwanghae Province
Kangwon Province

== JPN city
Yokohama
Osaka
Nagoya
Sapporo
Fukuoka
Kobe
Kyoto
Saitama
Hiroshima
Sendai
Chiba
Kitakyushu
Niigata
Hamamatsu
Kumamoto
Okayama
Kagoshima
Nagasaki
Naha
Yokosuka
Sasebo
Kure
Maizuru
Misawa
Iwakuni
Ginowan
Nago
Fukushima City
Shizuoka
Kanazawa
Oita
Aomori
Akita
Morioka
Hakodate
Asahikawa
Kushiro
Wakkanai
Nemuro
Toyama
Gifu
Nara
Wakayama
Himeji
Tokushima
Hachinohe
Utsunomiya
Maebashi
Kofu
Nagano
Fukui
Shimonoseki
Uruma
Okinawa City
Chitose
Tsukuba

== JPN region
Okinawa|Okinawa Prefecture|Okinawa prefecture
Hokkaido
Fukushima|Fukushima Prefecture|Fukushima prefecture
Kanto|Kanto region
Kansai|Kansai region
Tohoku|Tohoku region
Noto Peninsula
Ishikawa Prefecture
Miyagi Prefecture
Iwate Prefecture|Iwate
Kanagawa Prefecture|Kanagawa
Hyogo Prefecture|Hyogo
Aichi Prefecture|Aichi

== JPN island
Honshu
Kyushu
Shikoku
Okinawa Island
Yonaguni|Yonaguni Island
Ishigaki Island|Ishigaki
Miyako Island|Miyakojima
Tsushima|Tsushima Island
Iwo Jima|Iwoto|Iwo To
Amami Oshima|Amami
Okinotorishima|Okinotori
Tanegashima
Ryukyu Islands|Nansei Islands|Southwest Islands|Ryukyus
Sado Island
Ogasawara Islands|Bonin Islands

== JPN base
Kadena Air Base|Kadena
Marine Corps Air Station Futenma|Futenma|Futenma air base|MCAS Futenma
Camp Schwab
Henoko
Yokota Air Base|Yokota
Misawa Air Base
Marine Corps Air Station Iwakuni|MCAS Iwakuni|Iwakuni air base
Yokosuka Naval Base|Fleet Activities Yokosuka|Yokosuka naval base
Sasebo Naval Base|Sasebo naval base
Camp Zama
Naha Air Base
Atsugi|Naval Air Facility Atsugi
Camp Hansen
Camp Foster

== JPN site
Fukushima Daiichi|Fukushima Daiichi nuclear power plant|Fukushima nuclear plant|Fukushima Daiichi plant
Kashiwazaki-Kariwa|Kashiwazaki-Kariwa nuclear plant
Tanegashima Space Center
Yasukuni Shrine|Yasukuni
Narita International Airport|Narita airport|Narita
Haneda Airport|Haneda
Hiroshima Peace Memorial
Rokkasho|Rokkasho reprocessing plant
Mount Fuji|Fuji-san

== JPN sea
Tsugaru Strait

== MNG city
Erdenet
Darkhan
Choibalsan
Zamyn-Uud|Zamyn-Üüd
Ölgii|Olgii
Khovd

== KAZ city
Almaty|Alma-Ata|Alma Ata
Shymkent|Chimkent
Karaganda|Karagandy|Qaraghandy
Aktobe|Aqtobe
Taraz
Pavlodar
Oskemen|Ust-Kamenogorsk
Semey|Semipalatinsk
Atyrau
Kostanay|Kostanai
Kyzylorda
Uralsk
Aktau|Aqtau
Petropavl
Taldykorgan
Ekibastuz
Zhanaozen|Zhanaozen|Janaozen
Temirtau
Zhezkazgan

== KAZ site
Baikonur|Baikonur Cosmodrome|Baykonur
Semipalatinsk Test Site|Semipalatinsk Polygon
Tengiz|Tengiz oil field
Kashagan|Kashagan oil field
Karachaganak|Karachaganak field
Sary Shagan|Sary-Shagan

== UZB city
Samarkand|Samarqand
Bukhara|Buxoro
Namangan
Andijan|Andijon
Fergana|Farg'ona|Ferghana
Nukus
Termez
Qarshi|Karshi
Navoi|Navoiy
Urgench
Kokand
Jizzakh|Jizzax
Khiva
Angren
Chirchiq

== UZB region
Karakalpakstan|Republic of Karakalpakstan

== UZB base
Karshi-Khanabad|K2 air base|Karshi-Khanabad Air Base

== - region
Fergana Valley|Ferghana Valley
Golden Triangle

== KGZ city
Osh
Jalal-Abad
Karakol
Tokmok
Batken
Talas
Balykchy
Cholpon-Ata

== KGZ base
Kant Air Base|Kant air base
Manas Air Base|Transit Center at Manas

== KGZ sea
Lake Issyk-Kul|Issyk-Kul|Issyk Kul

== TJK city
Khujand|Leninabad
Kulob|Kulyab
Bokhtar|Qurghonteppa|Kurgan-Tyube
Khorugh|Khorog
Istaravshan
Panjakent|Penjikent
Isfara
Vahdat
Tursunzoda

== TJK region
Gorno-Badakhshan|Gorno-Badakhshan Autonomous Region|GBAO|Kuhistoni Badakhshon
Khatlon|Khatlon region|Khatlon Province
Sughd|Sughd region|Sughd Province
Rasht Valley

== TJK base
Ayni Air Base|Ayni airbase
201st Russian military base|Russian 201st military base

== TJK site
Rogun Dam|Rogun
Nurek Dam

== TKM city
Turkmenabat|Turkmenabad|Chardzhou
Dashoguz
Balkanabat
Turkmenbashi|Krasnovodsk

== TKM site
Galkynysh gas field|Galkynysh
Darvaza gas crater|Door to Hell

== MMR city
Yangon|Rangoon
Mandalay
Bago|Pegu
Mawlamyine|Moulmein
Pathein|Bassein
Taunggyi
Sittwe|Akyab
Myitkyina
Lashio
Monywa
Meiktila
Magway|Magwe
Pyay|Prome
Dawei|Tavoy
Myawaddy
Tachileik
Kyaukphyu|Kyaukpyu
Maungdaw
Buthidaung
Hpakant
Loikaw
Hakha
Laukkaing
Hsipaw
Kyaukme
Falam
Mindat
Thandwe
Pakokku
Kengtung|Keng Tung
Bhamo
Pyin Oo Lwin|Maymyo
Shwebo
Myeik|Mergui
Kawthaung
Hpa-an
Kalay
Tamu
Paletwa
Mrauk-U|Mrauk U
Kyaukse
Namhkam|Namkham
Kutkai
Chinshwehaw
Mogok
Thanbyuzayat

== MMR region
Rakhine|Rakhine State|Arakan
Shan State
Kachin State
Karen State|Kayin State
Karenni State|Kayah State
Chin State
Mon State
Sagaing|Sagaing Region
Magway Region
Mandalay Region
Bago Region
Yangon Region
Ayeyarwady Region|Irrawaddy Region|Irrawaddy Delta|Ayeyarwady Delta
Tanintharyi Region|Tanintharyi|Tenasserim
Wa State|Wa Self-Administered Division|Wa region
Kokang|Kokang region|Kokang Self-Administered Zone

== MMR site
Myitsone Dam|Myitsone
KK Park
Shwe Kokko
Shwedagon Pagoda
Insein Prison|Insein prison

== MMR island
Coco Islands|Great Coco Island

== MMR river
Irrawaddy|Irrawaddy River|Ayeyarwady River
Chindwin|Chindwin River

== THA city
Chiang Mai
Chiang Rai
Pattaya
Hat Yai
Songkhla
Pattani
Yala
Narathiwat
Khon Kaen
Udon Thani
Nakhon Ratchasima|Korat
Ubon Ratchathani
Nakhon Si Thammarat
Surat Thani
Mae Sot
Mae Sai
Kanchanaburi
Ayutthaya
Hua Hin
Sattahip
Rayong
Nong Khai
Trat
Sa Kaeo
Aranyaprathet
Sisaket|Si Sa Ket
Buriram|Buri Ram
Nonthaburi
Samut Prakan
Phitsanulok
Lopburi|Lop Buri
Nakhon Phanom
Mukdahan
Chanthaburi
Mae Hong Son

== THA island
Phuket
Koh Samui|Ko Samui
Koh Phangan|Ko Pha Ngan

== THA region
Deep South|Thailand's Deep South|southern border provinces
Isan|Isaan|Northeast Thailand

== THA base
U-Tapao|U-Tapao airport|U-Tapao air base|U-Tapao International Airport
Sattahip Naval Base

== THA site
Suvarnabhumi Airport|Suvarnabhumi
Don Mueang International Airport|Don Mueang

== KHM city
Siem Reap
Battambang
Sihanoukville|Kampong Som
Kampot
Poipet
Kampong Cham
Koh Kong
Pailin
Bavet
Kampong Thom
Kratie
Stung Treng
Banteay Meanchey
Oddar Meanchey
Anlong Veng

== KHM site
Preah Vihear Temple|Preah Vihear
Angkor Wat|Angkor
Ta Moan Thom|Ta Muen Thom|Prasat Ta Muen Thom
Tuol Sleng|Tuol Sleng Genocide Museum

== KHM base
Ream Naval Base|Ream naval base

== KHM sea
Tonle Sap

== LAO city
Luang Prabang
Savannakhet
Pakse
Thakhek
Vang Vieng
Phonsavan
Boten
Luang Namtha

== LAO site
Plain of Jars
Xayaburi Dam

== VNM city
Ho Chi Minh City|Saigon|HCMC
Haiphong|Hai Phong
Da Nang|Danang
Can Tho
Nha Trang
Cam Ranh
Vung Tau
Quy Nhon
Bien Hoa
Thai Nguyen
Nam Dinh
Ha Long|Halong
Lang Son
Lao Cai
Buon Ma Thuot
Pleiku
Dong Ha
Quang Ngai
Tay Ninh
Rach Gia

== VNM site
Dien Bien Phu
Cam Ranh Bay|Cam Ranh Bay naval base|Cam Ranh naval base
Cu Chi tunnels
Noi Bai International Airport|Noi Bai
Tan Son Nhat International Airport|Tan Son Nhat

== VNM region
Mekong Delta
Central Highlands of Vietnam

== VNM sea
Ha Long Bay|Halong Bay

== VNM island
Phu Quoc|Phu Quoc Island
Con Co Island

== MYS city
Putrajaya
Johor Bahru
Ipoh
Kuching
Kota Kinabalu
Shah Alam
Petaling Jaya
Malacca|Melaka
Alor Setar
Kota Bharu
Kuala Terengganu
Kuantan
Seremban
Miri
Sandakan
Tawau
Lahad Datu
Semporna
Bintulu
Sibu
Klang

== MYS region
Sabah
Sarawak
Penang
Johor
Kedah
Kelantan
Terengganu
Pahang
Perak
Selangor
Negeri Sembilan
Perlis

== MYS island
Labuan
Langkawi

== MYS site
Kuala Lumpur International Airport|KLIA
Petronas Towers

== SGP site
Changi Airport|Changi
Shangri-La Hotel Singapore

== SGP base
Changi Naval Base
Paya Lebar Air Base
Tengah Air Base

== SGP district
Jurong
Tuas

== SGP island
Sentosa
Jurong Island

== IDN city
Surabaya
Bandung
Medan
Semarang
Makassar
Palembang
Denpasar
Yogyakarta|Jogja|Jogjakarta|Yogya
Batam
Pekanbaru
Balikpapan
Samarinda
Pontianak
Banjarmasin
Manado
Jayapura
Ambon
Kupang
Mataram
Padang
Bandar Lampung
Jambi
Bengkulu
Malang
Surakarta
Bogor
Bekasi
Tangerang
Depok
Banda Aceh
Lhokseumawe
Timika
Wamena
Merauke
Sorong
Manokwari
Nabire
Poso
Palu
Ternate
Kendari
Gorontalo
Cirebon
Serang
Tegal
Kediri
Madiun
Jember
Probolinggo
Ibu Kota Nusantara|IKN|Nusantara capital city

== IDN island
Bali
Java
Sumatra|Sumatera
Sulawesi|Celebes
Lombok
Halmahera
Natuna Islands|Natuna|Natuna Besar
Madura
Bangka
Belitung
Seram
Sumba
Komodo
Nias
Morotai
Biak
Batam Island
Bintan

== IDN region
Aceh|Aceh Province
Papua|Papua province|Indonesian Papua
West Papua
Central Papua
Highland Papua
South Papua
Southwest Papua
Maluku|Moluccas|Maluku Islands
North Maluku
Kalimantan|Indonesian Borneo
East Kalimantan
West Kalimantan
Central Kalimantan
South Kalimantan
North Kalimantan
West Java
Central Java
East Java
Banten
North Sumatra
West Sumatra
South Sumatra
Riau
Riau Islands
Lampung
South Sulawesi
Central Sulawesi
North Sulawesi
Southeast Sulawesi
West Nusa Tenggara
East Nusa Tenggara

== IDN sea
Sunda Strait
Lombok Strait
Makassar Strait
Java Sea
Banda Sea
Flores Sea
Molucca Sea

== IDN site
Grasberg mine|Grasberg
Soekarno-Hatta International Airport|Soekarno-Hatta airport

== PHL city
Quezon City
Davao|Davao City
Cebu City
Zamboanga|Zamboanga City
Cagayan de Oro
Marawi
Cotabato City|Cotabato
General Santos
Iloilo City|Iloilo
Bacolod
Baguio
Makati
Taguig
Pasig
Caloocan
Olongapo
Puerto Princesa
Legazpi
Tacloban
Jolo
Butuan
Dumaguete
Tagbilaran
Laoag
Tuguegarao
Angeles City
Batangas City
Lucena
Naga City
Ormoc
Surigao City
Cavite City
Isabela City
Lamitan

== PHL region
Mindanao
Visayas
Bangsamoro|BARMM|Bangsamoro Autonomous Region in Muslim Mindanao|Autonomous Region in Muslim Mindanao|ARMM
Sulu|Sulu Archipelago|Sulu province
Tawi-Tawi
Lanao del Sur
Lanao del Norte
Maguindanao
Metro Manila|National Capital Region
Central Luzon
Calabarzon
Bicol|Bicol Region
Cordillera|Cordillera Administrative Region
Zamboanga Peninsula
Negros Occidental
Negros Oriental
Zambales
Ilocos Norte

== PHL island
Luzon
Palawan
Cebu
Basilan
Samar
Leyte
Negros
Mindoro
Bohol
Panay
Batanes|Batanes Islands
Mavulis Island|Mavulis|Y'Ami Island
Itbayat
Thitu Island|Pag-asa Island|Pag-asa|Zhongye Island
Corregidor
Balabac

== PHL site
Subic Bay|Subic Bay Freeport|Subic
Ninoy Aquino International Airport|NAIA|Manila airport

== PHL base
Clark Air Base|Clark Freeport|Clark Air Base Pampanga
Camp Aguinaldo
Fort Magsaysay
Basa Air Base
Antonio Bautista Air Base
Camp Crame
Lumbia Air Base
Camp Melchor Dela Cruz
Naval Base Camilo Osias|Camilo Osias Naval Base
Oyster Bay naval base

== BRN city
Seria
Kuala Belait
Tutong

== TLS city
Baucau
Maliana
Suai

== TLS region
Oecusse|Oecussi|Oecusse-Ambeno
"""
