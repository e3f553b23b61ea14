"""Oceania, Antarctica, and seas, straits, rivers and lakes shared by several
countries or lying in international waters (country '-')."""
PLACES = r"""
== AUS city
Sydney
Melbourne
Brisbane
Perth
Adelaide
Gold Coast
Hobart
Darwin
Cairns
Townsville
Geelong
Wollongong
Alice Springs
Launceston
Bendigo
Ballarat
Toowoomba
Mackay
Rockhampton
Bundaberg
Broome
Port Hedland
Karratha
Kalgoorlie
Fremantle
Parramatta
Katherine
Exmouth
Rockingham

== AUS region
New South Wales|NSW
Queensland
Western Australia
South Australia
Tasmania
Northern Territory
Australian Capital Territory
Outback|the Outback
Top End
Kimberley region|the Kimberley
Pilbara

== AUS base
RAAF Base Tindal|Tindal
RAAF Base Darwin
HMAS Stirling|Fleet Base West|Garden Island naval base
RAAF Base Amberley|Amberley
RAAF Base Pearce
RAAF Base Williamtown|Williamtown
RAAF Base Edinburgh
RAAF Base Learmonth|Learmonth
Robertson Barracks
Lavarack Barracks
Harold E. Holt|Naval Communication Station Harold E. Holt
HMAS Coonawarra
Fleet Base East
Osborne Naval Shipyard|Osborne shipyard

== AUS site
Pine Gap|Joint Defence Facility Pine Gap
Woomera|Woomera Prohibited Area|Woomera range
Great Barrier Reef
Port of Darwin|Darwin port
Lucas Heights|OPAL reactor
Uluru|Ayers Rock
Bondi Beach|Bondi
Shoalwater Bay|Shoalwater Bay Training Area

== AUS island
Thursday Island
Melville Island
Kangaroo Island
Lord Howe Island
Macquarie Island
Tiwi Islands
Torres Strait Islands
Saibai Island
Boigu Island

== NZL city
Auckland
Christchurch
Tauranga
Dunedin
Napier
Queenstown
Palmerston North
Nelson, New Zealand
Invercargill
Rotorua
Whangarei
Gisborne

== NZL island
South Island
North Island
Chatham Islands|Chathams
Stewart Island

== NZL base
RNZAF Base Ohakea|Ohakea
HMNZS Philomel|Naval Base Auckland
Linton Military Camp|Linton
Burnham Military Camp
Waiouru|Waiouru Military Camp

== NZL site
Waihopai|Waihopai Station|GCSB Waihopai
Tangimoana|Tangimoana Station
Christchurch mosque|Al Noor Mosque

== PNG city
Lae
Mount Hagen
Madang
Wewak
Goroka
Kokopo
Rabaul
Alotau
Arawa
Buka
Kimbe
Popondetta
Tari
Wabag
Daru
Kavieng
Mendi
Kundiawa
Vanimo

== PNG region
Autonomous Region of Bougainville|Bougainville
Enga|Enga Province
Hela|Hela Province
Southern Highlands|Southern Highlands Province
Western Highlands|Western Highlands Province
Papua New Guinea Highlands|PNG Highlands
Sepik|East Sepik

== PNG island
Manus Island|Manus
New Britain
New Ireland
Bougainville Island
Lihir Island|Lihir

== PNG base
Lombrum naval base|Lombrum|Lombrum Naval Base

== PNG site
Panguna mine|Panguna
Porgera mine|Porgera
Ok Tedi mine|Ok Tedi
Manus Regional Processing Centre|Manus detention centre

== FJI city
Nadi
Lautoka
Labasa
Nausori
Sigatoka

== FJI island
Viti Levu
Vanua Levu
Rotuma

== SLB island
Guadalcanal
Malaita
New Georgia
Choiseul
Santa Isabel
Makira
Tulagi

== SLB city
Auki
Gizo

== VUT island
Espiritu Santo
Efate
Tanna
Malekula
Pentecost Island

== VUT city
Luganville

== NCL island
Loyalty Islands
Lifou
Ouvéa|Ouvea
Isle of Pines

== NCL city
Dumbéa|Dumbea
Mont-Dore
Païta|Paita

== PYF island
Tahiti
Moorea
Bora Bora
Mururoa|Moruroa|Mururoa Atoll
Fangataufa
Marquesas Islands|Marquesas
Tuamotu|Tuamotus

== WSM island
Savai'i|Savaii
Upolu

== TON island
Tongatapu
Vava'u
Ha'apai
Hunga Tonga-Hunga Ha'apai|Hunga Tonga

== KIR island
Kiritimati
Kanton Island|Canton Island
Tarawa atoll|South Tarawa
Banaba
Abemama

== MHL island
Kwajalein|Kwajalein Atoll
Bikini Atoll
Enewetak|Enewetak Atoll|Eniwetok
Ebeye
Runit Island|Runit Dome

== MHL base
Ronald Reagan Ballistic Missile Defense Test Site|Reagan Test Site|Kwajalein Missile Range

== FSM island
Pohnpei
Chuuk|Truk
Yap
Kosrae

== PLW city
Koror
Melekeok

== PLW island
Babeldaob|Babelthuap
Angaur
Peleliu

== NRU district
Yaren
Aiwo
Denigomodu

== TUV island
Funafuti atoll|Funafuti Atoll
Nukulaelae

== COK island
Rarotonga
Aitutaki

== WLF island
Wallis Island|Uvea
Futuna Island


== PCN island
Henderson Island
Oeno Island
Ducie Island

== CXR site
Christmas Island Immigration Detention Centre|Christmas Island detention centre

== HMD island
Heard Island
McDonald Islands

== CCK island
Home Island

== ATA site
McMurdo Station|McMurdo
Amundsen-Scott South Pole Station|South Pole Station
Vostok Station
Great Wall Station
Qinling Station
Rothera Research Station|Rothera
Bellingshausen Station
Esperanza Base
Marambio Base
Casey Station
Mawson Station
Davis Station
Scott Base
South Pole
Ross Ice Shelf
Thwaites Glacier
King George Island

== - sea
Ross Sea
Weddell Sea
Black Sea
Sea of Azov|Azov Sea
Kerch Strait|Strait of Kerch
Caspian Sea|Caspian
Baltic Sea
Gulf of Finland
Gulf of Bothnia
Gulf of Riga
North Sea
Norwegian Sea
Barents Sea
Kara Sea
Laptev Sea
East Siberian Sea
Chukchi Sea
Bering Sea
Bering Strait
Sea of Okhotsk|Okhotsk Sea
Sea of Japan
Yellow Sea|West Sea
East China Sea
South China Sea|West Philippine Sea
Taiwan Strait|Formosa Strait|Strait of Taiwan|Taiwan Straits
Luzon Strait
Bashi Channel
Miyako Strait
Korea Strait|Tsushima Strait|Korean Strait
Strait of Malacca|Malacca Strait|Straits of Malacca
Singapore Strait|Strait of Singapore
Celebes Sea|Sulawesi Sea
Sulu Sea
Philippine Sea
Andaman Sea
Bay of Bengal
Arabian Sea
Persian Gulf|Arabian Gulf
Gulf of Oman|Sea of Oman
Strait of Hormuz|Hormuz Strait|Straits of Hormuz|Strait of Ormuz
Gulf of Aden
Bab el-Mandeb|Bab al-Mandab|Bab-el-Mandeb|Bab el-Mandeb Strait|Bab al-Mandab Strait|Mandeb Strait
Red Sea
Gulf of Aqaba|Gulf of Eilat
Dead Sea
Mediterranean Sea|Mediterranean
Eastern Mediterranean|eastern Mediterranean
Aegean Sea|Aegean
Ionian Sea
Adriatic Sea|Adriatic
Tyrrhenian Sea
Ligurian Sea
Levantine Sea
Bosphorus|Bosporus|Istanbul Strait|Bosphorus Strait
Dardanelles|Çanakkale Strait|Dardanelles Strait
Turkish Straits|Turkish straits
Sea of Marmara|Marmara Sea
Strait of Gibraltar|Straits of Gibraltar|Gibraltar Strait
Strait of Sicily|Sicily Channel|Sicilian Channel
Alboran Sea|Alborán Sea
Bay of Biscay
English Channel|La Manche
Strait of Dover|Dover Strait|Pas de Calais|Straits of Dover
Irish Sea
Celtic Sea
Atlantic Ocean|Atlantic
North Atlantic
South Atlantic
Pacific Ocean|Pacific
Western Pacific
South Pacific
Indian Ocean
Arctic Ocean
Southern Ocean
Caribbean Sea
Gulf of Mexico|Gulf of America
Gulf of California|Sea of Cortez
Florida Straits|Straits of Florida|Florida Strait
Windward Passage
Mona Passage
Yucatán Channel|Yucatan Channel
Drake Passage
Beagle Channel
Strait of Magellan|Magellan Strait
Denmark Strait
GIUK gap|Greenland-Iceland-UK gap|G-I-UK gap
Skagerrak
Kattegat
Øresund|Oresund|Öresund
Great Belt|Storebælt
Fehmarn Belt|Fehmarnbelt
Gulf of Tonkin|Tonkin Gulf
Gulf of Thailand|Gulf of Siam
Timor Sea
Arafura Sea
Coral Sea
Tasman Sea
Solomon Sea
Torres Strait
Northwest Passage
Northern Sea Route
Shatt al-Arab|Arvand Rud|Arvand River
Khor Abdullah|Khawr Abd Allah
Gulf of Fonseca
Lake Peipus|Lake Peipsi
Aral Sea
Lake Titicaca
Lake Ohrid
Lake Prespa
Lake Constance|Bodensee
Lake Geneva|Lac Léman
Great Lakes of North America
Lake Ontario
Lake Erie
Lake Huron
Lake Superior
Lake Michigan
Sargasso Sea
Labrador Sea
Greenland Sea
Beaufort Sea
Baffin Bay
Hudson Bay
Gulf of Saint Lawrence|Gulf of St. Lawrence

== RUS sea
White Sea
Lake Baikal
Lake Ladoga
Pechora Sea
Gulf of Ob

== KAZ sea
Lake Balkhash

== VEN sea
Lake Maracaibo

== - river
Dnipro River|Dnieper|Dnieper River|Dnipro river|Dnepr River|Dniepr
Danube|Danube River|River Danube
Dniester|Dniester River|Nistru|Dnister
Prut|Prut River
Siverskyi Donets|Seversky Donets|Donets|Siverskyi Donets River|Donets River
Oskil River|Oskil|Oskol River|Oskol
Desna River
Seym River|Seim River
Pripyat River|Prypiat River
Ural River
Amur River
Ussuri River
Narva River
Neman River|Neman|Nemunas|Niemen
Daugava|Western Dvina|Daugava River
Oder|Oder River|Odra|Odra River
Bug River|Western Bug
Elbe|Elbe River
Rhine|Rhine River|River Rhine
Tagus|Tejo|Tajo
Meuse|Maas
Moselle
Evros River|Maritsa|Meriç|Evros river
Drina|Drina River
Sava|Sava River
Ibar River|Ibar
Euphrates|Euphrates River
Tigris|Tigris River
Jordan River|River Jordan
Yarmouk River|Yarmuk River
Orontes|Orontes River|Asi River
Khabur River|Khabur
Helmand River
Kabul River
Amu Darya|Oxus
Syr Darya
Indus|Indus River
Chenab|Chenab River
Jhelum River
Ravi River
Sutlej|Sutlej River
Kishanganga|Neelum River
Ganges|Ganga|Ganges River
Brahmaputra|Yarlung Tsangpo|Brahmaputra River
Mekong|Mekong River
Salween|Salween River|Thanlwin|Nu River
Yalu River|Yalu
Tumen River
Imjin River|Imjin
Rio Grande|Río Bravo|Rio Bravo
Colorado River
St. Lawrence River|Saint Lawrence River
Amazon River|Amazon river
Paraná River|Parana River
Río de la Plata|River Plate|Rio de la Plata
Putumayo River
Arauca River
Táchira River|Tachira River
Massacre River|Rivière du Massacre
Usumacinta River
Suchiate River|Suchiate

== UKR river
Southern Bug|Pivdennyi Buh|Southern Buh
Inhulets|Inhulets River
Stugna River
Irpin River
Vorskla River

== RUS river
Volga|Volga River
Don River
Kuban River
Terek River
Ob River
Yenisei|Yenisei River|Yenisey
Lena River
Kama River
Oka River
Neva River

== POL river
Vistula|Vistula River

== FRA river
Seine|Seine River
Loire|Loire River
Garonne

== GBR river
Thames|River Thames

== ITA river
Po River|River Po

== ESP river
Ebro|Ebro River

== IRN river
Karun River|Karun

== CHN river
Yangtze|Yangtze River|Chang Jiang
Yellow River|Huang He
Pearl River

== KOR river
Han River|Hangang

== IND river
Yamuna|Yamuna River

== USA river
Mississippi River
Missouri River
Potomac|Potomac River
Hudson River
Ohio River

== VEN river
Orinoco|Orinoco River

== COL river
Magdalena River

== GUY river
Essequibo River

== SOM river
Jubba River
"""
