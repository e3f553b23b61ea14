"""Ukraine, Russia, Belarus, Moldova, the Baltic states, Poland, the South Caucasus.

Country codes follow docs/knowledge-base.md: for places in disputed or occupied
territory, the state administering them (Crimea, the parts of Donetsk and Luhansk
held since 2014, and towns under stable Russian control taken before 2025: RUS);
front-line towns that are contested or changed hands from 2025 on keep UKR.
Places held by unrecognised de facto authorities (Abkhazia, South Ossetia,
Transnistria) carry the code of the state that claims them (GEO, MDA).
"""
PLACES = r"""
== UKR region suffix=Oblast,region
Kharkiv|Kharkov ; Kharkivska oblast|Kharkivshchyna
Kyiv|Kiev ; Kyivska oblast|Kyivshchyna
Donetsk ; Donetska oblast
Luhansk|Lugansk ; Luhanska oblast
Zaporizhzhia|Zaporizhia|Zaporozhye ; Zaporizka oblast
Kherson ; Khersonska oblast|Khersonshchyna
Mykolaiv|Nikolaev|Nikolayev ; Mykolaivska oblast
Odesa|Odessa ; Odeska oblast|Odeshchyna
Dnipropetrovsk|Dnipro|Dnepropetrovsk ; Dnipropetrovska oblast
Sumy ; Sumska oblast|Sumshchyna
Chernihiv|Chernigov ; Chernihivska oblast
Poltava ; Poltavska oblast|Poltavshchyna
Zhytomyr|Zhitomir ; Zhytomyrska oblast
Vinnytsia|Vinnitsa ; Vinnytska oblast
Cherkasy|Cherkassy ; Cherkaska oblast
Kirovohrad|Kirovograd ; Kirovohradska oblast
Khmelnytskyi|Khmelnytsky|Khmelnitsky ; Khmelnytska oblast
Rivne|Rovno ; Rivnenska oblast
Volyn ; Volynska oblast
Lviv|Lvov ; Lvivska oblast
Ternopil ; Ternopilska oblast
Ivano-Frankivsk ; Ivano-Frankivska oblast
Zakarpattia|Transcarpathian ; Zakarpatska oblast|Transcarpathia|Zakarpattia
Chernivtsi ; Chernivetska oblast

== UKR city
Kharkiv|Kharkov
Odesa|Odessa
Dnipro|Dnipropetrovsk|Dnepropetrovsk
Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporozhe
Lviv|Lvov|Lwów|Lemberg
Kryvyi Rih|Kryvyi Rig|Krivoy Rog|Kryviy Rih
Mykolaiv|Nikolaev|Nikolayev
Vinnytsia|Vinnitsa|Vinnytsya
Kherson
Poltava
Chernihiv|Chernigov
Cherkasy|Cherkassy
Khmelnytskyi|Khmelnytsky|Khmelnitsky
Chernivtsi|Chernovtsy
Zhytomyr|Zhitomir
Sumy
Rivne|Rovno
Ivano-Frankivsk
Ternopil
Lutsk
Uzhhorod|Uzhgorod
Kropyvnytskyi|Kropyvnytskyy|Kirovohrad|Kirovograd
Kremenchuk|Kremenchug
Bila Tserkva|Belaya Tserkov
Kamianske|Kamenskoye|Dniprodzerzhynsk
Brovary
Bucha
Irpin|Irpen
Hostomel|Gostomel
Borodianka|Borodyanka
Boryspil|Borispol
Vasylkiv|Vasilkov
Fastiv
Obukhiv
Vyshhorod
Kramatorsk
Sloviansk|Slovyansk|Slavyansk
Kostiantynivka|Kostyantynivka|Konstantinovka
Druzhkivka
Pokrovsk
Myrnohrad
Toretsk
Chasiv Yar
Siversk
Lyman|Krasnyi Lyman
Dobropillia|Dobropillya
Kurakhove
Velyka Novosilka
Huliaipole|Hulyaipole|Gulyaipole
Orikhiv
Robotyne|Rabotino
Izium|Izyum
Kupiansk|Kupyansk
Balakliia|Balakleya
Vovchansk|Volchansk
Lozova
Chuhuiv|Chuguyev
Bohodukhiv
Berestyn|Krasnohrad
Pavlohrad
Nikopol
Marhanets
Zhovti Vody
Synelnykove
Ochakiv|Ochakov
Voznesensk
Pivdennoukrainsk|Yuzhnoukrainsk
Bashtanka
Snihurivka
Beryslav
Chornobaivka
Izmail|Izmayil|Ismail
Reni
Bilhorod-Dnistrovskyi|Belgorod-Dnestrovsky
Chornomorsk|Illichivsk
Pivdennyi|Yuzhne
Podilsk
Uman
Smila
Kaniv
Oleksandriia|Aleksandriya
Svitlovodsk
Kovel
Volodymyr|Volodymyr-Volynskyi
Novovolynsk
Drohobych
Stryi
Sambir
Sheptytskyi|Chervonohrad
Truskavets
Kolomyia|Kolomyya
Kalush
Mukachevo
Khust
Berehove
Korosten
Berdychiv|Berdichev
Zviahel|Novohrad-Volynskyi
Ovruch
Shostka
Konotop
Okhtyrka|Akhtyrka
Romny
Lebedyn
Bilopillia
Vorozhba
Nizhyn
Pryluky
Myrhorod
Lubny
Horishni Plavni
Kamianets-Podilskyi|Kamenets-Podolsky
Shepetivka
Netishyn
Starokostiantyniv|Starokonstantinov
Slavuta
Dubno
Varash|Kuznetsovsk
Chortkiv
Kremenets
Hlukhiv
Sviatohirsk|Svyatogorsk

== UKR site
Chernobyl|Chornobyl ; Chernobyl nuclear power plant|Chornobyl nuclear power plant|Chernobyl Exclusion Zone|Chornobyl Exclusion Zone
Dnipro Hydroelectric Station|DniproHES|Dnipro HES|Dnipro dam
Antonivskyi Bridge|Antonivsky Bridge|Antonovsky Bridge
Yavoriv military range|Yavoriv training ground|International Peacekeeping and Security Centre
Antonov Airport|Hostomel Airport|Hostomel airfield
Boryspil International Airport|Boryspil airport|Kyiv Boryspil Airport
Khmelnytskyi Nuclear Power Plant|Khmelnytskyi nuclear plant
South Ukraine Nuclear Power Plant|South Ukrainian nuclear plant|Pivdennoukrainsk nuclear plant
Rivne Nuclear Power Plant|Rivne nuclear plant
Babyn Yar|Babi Yar

== UKR island
Snake Island|Zmiinyi Island|Zmiinyi|Serpent Island

== UKR base
Starokostiantyniv air base|Starokostiantyniv airbase
Myrhorod air base|Myrhorod airbase
Kulbakino air base|Kulbakino airfield

== RUS city
Sevastopol|Sebastopol
Simferopol
Kerch
Yalta
Feodosia|Feodosiya|Theodosia
Yevpatoria|Yevpatoriya|Eupatoria|Yevpatoriia
Dzhankoi|Dzhankoy
Armiansk|Armyansk
Bakhchysarai|Bakhchisaray
Alushta
Sudak
Donetsk
Luhansk|Lugansk
Horlivka|Gorlovka
Makiivka|Makeyevka
Yenakiieve|Yenakiyevo
Alchevsk
Debaltseve|Debaltsevo
Ilovaisk|Ilovaysk
Khartsyzk
Shakhtarsk
Yasynuvata|Yasinovataya
Dokuchaievsk|Dokuchayevsk
Kadiivka|Stakhanov
Antratsyt|Antratsit
Khrustalnyi|Krasnyi Luch|Krasny Luch
Dovzhansk
Sorokyne|Krasnodon
Rovenky|Rovenki
Mariupol
Melitopol
Berdiansk|Berdyansk
Enerhodar|Energodar
Nova Kakhovka|Novaya Kakhovka
Kakhovka
Henichesk|Genichesk
Skadovsk
Oleshky|Aleshki
Hola Prystan
Tokmak
Vasylivka
Polohy
Volnovakha
Sievierodonetsk|Severodonetsk|Syevyerodonetsk
Lysychansk|Lisichansk
Rubizhne|Rubezhnoye
Popasna|Popasnaya
Kreminna|Kremennaya
Svatove|Svatovo
Starobilsk|Starobelsk
Bakhmut|Artemivsk|Artyomovsk
Soledar
Avdiivka|Avdeyevka
Marinka|Maryinka
Vuhledar|Ugledar
Selydove
Novohrodivka

== RUS site
Zaporizhzhia Nuclear Power Plant|Zaporizhzhia nuclear plant|Zaporizhzhia NPP|Zaporizhia nuclear power plant|Zaporizhzhia power plant|ZNPP
Kakhovka Dam|Kakhovka dam|Kakhovka hydroelectric power plant|Kakhovka HPP|Nova Kakhovka dam
Crimean Bridge|Kerch Bridge|Kerch Strait Bridge

== RUS base
Saky air base|Saki air base|Saky airfield|Saki airfield|Novofedorivka air base
Belbek air base|Belbek airfield|Belbek

== RUS region suffix=Oblast,region
Belgorod
Kursk
Bryansk
Voronezh
Rostov
Moscow
Leningrad
Pskov
Smolensk
Kaliningrad
Tver
Tula
Kaluga
Oryol|Orel
Lipetsk
Tambov
Ryazan
Ivanovo
Yaroslavl
Kostroma
Vologda
Novgorod
Murmansk
Arkhangelsk|Archangel
Nizhny Novgorod
Penza
Saratov
Samara
Ulyanovsk
Volgograd
Astrakhan
Orenburg
Sverdlovsk
Chelyabinsk
Kurgan
Tyumen
Omsk
Novosibirsk
Tomsk
Kemerovo ; Kuzbass
Irkutsk
Amur
Magadan

== RUS region suffix=Krai,Territory,region
Krasnodar ; Kuban
Stavropol
Perm
Krasnoyarsk
Khabarovsk
Kamchatka
+Primorsky|Primorye
Zabaykalsky|Trans-Baikal|Transbaikal ; Zabaikalsky Krai

== RUS region
Altai Krai|Altai Territory
Altai Republic|Republic of Altai|Gorno-Altai
Chechnya|Chechen Republic|Chechen Republic of Ichkeria|Ichkeria
Dagestan|Daghestan|Republic of Dagestan
Ingushetia|Republic of Ingushetia
North Ossetia|North Ossetia-Alania|Republic of North Ossetia
Kabardino-Balkaria|Kabardino-Balkarian Republic
Karachay-Cherkessia|Karachay-Cherkess Republic
Adygea|Adygeya|Republic of Adygea
Kalmykia|Republic of Kalmykia
Tatarstan|Republic of Tatarstan
Bashkortostan|Bashkiria|Republic of Bashkortostan
Chuvashia|Chuvash Republic
Mari El|Mari El Republic
Mordovia|Republic of Mordovia
Udmurtia|Udmurt Republic
Komi Republic|Komi
Karelia|Republic of Karelia
Buryatia|Republic of Buryatia
Tuva|Tyva|Republic of Tuva
Khakassia|Republic of Khakassia
Yakutia|Sakha Republic|Republic of Sakha|Sakha
Khanty-Mansi Autonomous Okrug|Khanty-Mansi region|Yugra
Yamalo-Nenets Autonomous Okrug|Yamal-Nenets region|Yamalo-Nenets region
Nenets Autonomous Okrug|Nenets region
Chukotka|Chukotka Autonomous Okrug
Jewish Autonomous Oblast|Jewish Autonomous Region|Birobidzhan region
Siberia
Russian Far East|Far East of Russia
North Caucasus|Northern Caucasus
Kola Peninsula
Taman Peninsula

== RUS city
Saint Petersburg|St Petersburg|St. Petersburg|Leningrad|St-Petersburg
Novosibirsk
Yekaterinburg|Ekaterinburg
Kazan
Nizhny Novgorod|Nizhniy Novgorod
Chelyabinsk
Samara
Omsk
Rostov-on-Don|Rostov-na-Donu|Rostov
Ufa
Krasnoyarsk
Voronezh
Perm
Volgograd|Stalingrad
Krasnodar
Saratov
Tyumen
Tolyatti|Togliatti
Izhevsk
Barnaul
Ulyanovsk
Irkutsk
Khabarovsk
Yaroslavl
Vladivostok
Makhachkala
Tomsk
Orenburg
Kemerovo
Novokuznetsk
Ryazan
Astrakhan
Naberezhnye Chelny
Penza
Lipetsk
Tula
Kaliningrad|Koenigsberg|Königsberg
Kursk
Belgorod
Bryansk
Smolensk
Pskov
Tver
Kaluga
Oryol|Orel
Tambov
Ivanovo
Kostroma
Vologda
Cherepovets
Veliky Novgorod|Velikiy Novgorod
Murmansk
Arkhangelsk|Archangel
Severodvinsk
Severomorsk
Gadzhiyevo
Petrozavodsk
Syktyvkar
Vorkuta
Grozny|Groznyy
Nalchik
Vladikavkaz
Magas
Nazran
Cherkessk
Maykop|Maikop
Derbent
Khasavyurt
Kizlyar
Beslan
Mozdok
Stavropol
Pyatigorsk
Mineralnye Vody
Budyonnovsk
Elista
Sochi
Novorossiysk
Tuapse
Anapa
Yeysk|Yeisk
Taganrog
Novocherkassk
Shakhty
Novoshakhtinsk
Volgodonsk
Millerovo
Kamensk-Shakhtinsky
Shebekino
Valuyki
Graivoron|Grayvoron
Stary Oskol
Sudzha
Rylsk
Glushkovo
Lgov
Kurchatov
Zheleznogorsk
Klintsy
Novozybkov
Cheboksary
Saransk
Yoshkar-Ola
Surgut
Nizhnevartovsk
Khanty-Mansiysk
Salekhard
Novy Urengoy
Norilsk
Chita
Ulan-Ude
Yakutsk
Magadan
Petropavlovsk-Kamchatsky
Vilyuchinsk
Yuzhno-Sakhalinsk
Blagoveshchensk
Birobidzhan
Komsomolsk-on-Amur|Komsomolsk-na-Amure
Nakhodka
Anadyr
Baltiysk
Sovetsk
Kronstadt
Vyborg
Ust-Luga
Kingisepp
Kstovo
Dzerzhinsk
Sarov
Snezhinsk
Ozyorsk|Ozersk
Zhukovsky
Korolyov|Korolev
Dubna
Podolsk
Balashikha
Khimki
Mytishchi
Krasnogorsk
Kubinka
Akhtubinsk
Syzran
Novokuybyshevsk
Almetyevsk
Nizhnekamsk
Yelabuga
Salavat
Sterlitamak
Magnitogorsk
Nizhny Tagil
Kamensk-Uralsky
Kurgan
Bratsk
Angarsk
Tobolsk
Rybinsk
Kovrov
Murom
Naro-Fominsk
Kolomna
Obninsk
Tikhoretsk
Armavir
Krymsk
Slavyansk-na-Kubani
Kushchyovskaya
Primorsko-Akhtarsk
Morozovsk
Salsk
Bataysk

== RUS base
Engels air base|Engels-2|Engels airbase
Olenya air base|Olenya airbase|Olenegorsk air base
Belaya air base|Belaya airbase
Shaykovka air base|Shaikovka air base
Morozovsk air base|Morozovsk airfield
Millerovo air base|Millerovo airfield
Dyagilevo air base|Dyagilevo airbase
Yeysk air base
Khalino air base|Khalino airfield
Borisoglebsk air base
Marinovka air base
Primorsko-Akhtarsk air base
Kursk Vostochny air base
Baltiysk naval base
Chkalovsky air base|Chkalovsky airfield

== RUS site
Plesetsk Cosmodrome|Plesetsk
Vostochny Cosmodrome|Vostochny spaceport
Kapustin Yar
Nyonoksa
Novovoronezh Nuclear Power Plant|Novovoronezh nuclear plant
Kursk Nuclear Power Plant|Kursk nuclear plant|Kursk NPP
Red Square
Lefortovo|Lefortovo prison
Matrosskaya Tishina
Crocus City Hall
Alabuga special economic zone|Alabuga drone factory|Alabuga

== RUS island
Novaya Zemlya
Franz Josef Land
Wrangel Island
Sakhalin|Sakhalin Island
Kotlin Island

== BLR region suffix=Region,Oblast,region
Brest
Gomel|Homel
Grodno|Hrodna
Mogilev|Mahilyow|Mogilyov
Vitebsk|Vitsebsk
Minsk

== BLR city
Gomel|Homel|Homiel
Mogilev|Mahilyow|Mogilyov|Mahiliou
Vitebsk|Vitsebsk|Viciebsk
Grodno|Hrodna
Bobruisk|Babruysk
Baranovichi|Baranavichy
Borisov|Barysaw
Pinsk
Orsha
Mozyr|Mazyr
Soligorsk|Salihorsk
Novopolotsk|Navapolatsk
Polotsk|Polatsk
Molodechno|Maladzyechna
Zhodino|Zhodzina
Osipovichi|Asipovichy
Slutsk
Svetlogorsk|Svetlahorsk
Rechitsa|Rechytsa
Kobrin|Kobryn
Ostrovets|Astravets

== BLR base
Machulishchy air base|Machulishchy airfield
Baranovichi air base|Baranavichy air base
Zyabrovka air base|Zyabrovka airfield
Luninets air base|Luninets airfield

== BLR site
Belarusian nuclear power plant|Astravets nuclear plant|Ostrovets nuclear power plant
Okrestina|Okrestina detention centre|Okrestina prison

== MDA city
Bălți|Balti|Beltsy
Tiraspol
Bender|Bendery|Tighina
Comrat
Cahul
Ungheni
Soroca
Orhei
Dubăsari|Dubasari|Dubossary
Rîbnița|Ribnita|Rybnitsa
Giurgiulești|Giurgiulesti

== MDA region
Gagauzia|Gagauz Yeri|Autonomous Territorial Unit of Gagauzia

== MDA site
Cobasna|Cobasna ammunition depot|Kolbasna

== EST city
Tartu
Narva
Pärnu|Parnu
Kohtla-Järve|Kohtla-Jarve
Sillamäe|Sillamae
Maardu
Rakvere
Viljandi
Paldiski

== EST region
Ida-Viru County|Ida-Virumaa|Ida-Viru
Harju County|Harjumaa

== EST island
Saaremaa
Hiiumaa

== EST base
Ämari Air Base|Amari Air Base|Ämari airbase|Amari airbase

== LVA city
Daugavpils
Liepāja|Liepaja
Jelgava
Jūrmala|Jurmala
Ventspils
Rēzekne|Rezekne
Valmiera
Jēkabpils|Jekabpils
Ādaži|Adazi

== LVA region
Latgale
Kurzeme|Courland
Vidzeme
Zemgale

== LVA base
Camp Ādaži|Camp Adazi|Ādaži military base|Adazi military base
Lielvārde Air Base|Lielvarde Air Base

== LTU city
Kaunas
Klaipėda|Klaipeda
Šiauliai|Siauliai
Panevėžys|Panevezys
Alytus
Marijampolė|Marijampole
Druskininkai
Visaginas
Utena
Jonava
Rukla
Pabradė|Pabrade
Šalčininkai|Salcininkai
Medininkai
Kybartai

== LTU site
Ignalina Nuclear Power Plant|Ignalina nuclear plant
Curonian Spit

== LTU base
Šiauliai Air Base|Siauliai Air Base|Zokniai Air Base

== POL city
Kraków|Krakow|Cracow
Łódź|Lodz
Wrocław|Wroclaw|Breslau
Poznań|Poznan
Gdańsk|Gdansk|Danzig
Szczecin|Stettin
Bydgoszcz
Lublin
Białystok|Bialystok
Katowice
Gdynia
Częstochowa|Czestochowa
Radom
Rzeszów|Rzeszow
Toruń|Torun
Kielce
Olsztyn
Opole
Gliwice
Zabrze
Bytom
Bielsko-Biała|Bielsko-Biala
Zielona Góra|Zielona Gora
Gorzów Wielkopolski|Gorzow Wielkopolski
Elbląg|Elblag
Płock|Plock
Tarnów|Tarnow
Koszalin
Słupsk|Slupsk
Legnica
Przemyśl|Przemysl
Suwałki|Suwalki
Chełm|Chelm
Zamość|Zamosc
Hrubieszów|Hrubieszow
Biała Podlaska|Biala Podlaska
Terespol
Hajnówka|Hajnowka
Dorohusk
Medyka
Przewodów|Przewodow
Oświęcim|Oswiecim
Świnoujście|Swinoujscie
Sopot
Gniezno
Kalisz
Konin
Włocławek|Wloclawek
Malbork
Ustka

== POL region
Masovian Voivodeship|Mazowieckie|Mazovia|Masovia
Lesser Poland Voivodeship|Małopolskie|Malopolskie|Lesser Poland|Małopolska|Malopolska
Silesian Voivodeship|Śląskie|Slaskie
Lower Silesian Voivodeship|Dolnośląskie|Dolnoslaskie|Lower Silesia
Greater Poland Voivodeship|Wielkopolskie|Greater Poland|Wielkopolska
Pomeranian Voivodeship|Pomorskie
West Pomeranian Voivodeship|Zachodniopomorskie|West Pomerania
Kuyavian-Pomeranian Voivodeship|Kujawsko-Pomorskie|Kuyavia-Pomerania
Warmian-Masurian Voivodeship|Warmińsko-Mazurskie|Warminsko-Mazurskie|Warmia-Masuria|Warmia and Mazury
Podlaskie Voivodeship|Podlaskie|Podlasie
Lublin Voivodeship|Lubelskie|Lublin province
Subcarpathian Voivodeship|Podkarpackie|Podkarpackie Voivodeship|Subcarpathia|Subcarpathian region
Świętokrzyskie Voivodeship|Świętokrzyskie|Swietokrzyskie|Holy Cross Voivodeship
Łódź Voivodeship|Łódzkie|Lodzkie|Lodz Voivodeship
Opole Voivodeship|Opolskie
Lubusz Voivodeship|Lubuskie
Silesia|Upper Silesia
Suwałki Gap|Suwalki Gap|Suwałki corridor|Suwalki corridor
Białowieża Forest|Bialowieza Forest

== POL base
Redzikowo|Aegis Ashore Redzikowo|Redzikowo base
Łask Air Base|Lask Air Base
Powidz Air Base|Powidz
Camp Kościuszko|Camp Kosciuszko
Rzeszów-Jasionka Airport|Rzeszow-Jasionka Airport|Jasionka
Orzysz
Drawsko Pomorskie training area|Drawsko Pomorskie

== POL site
Auschwitz|Auschwitz-Birkenau
Westerplatte

== GEO city
Batumi
Kutaisi
Rustavi
Zugdidi
Gori
Poti
Telavi
Akhaltsikhe
Zestaponi
Samtredia
Marneuli
Akhalkalaki
Mtskheta
Ozurgeti
Senaki
Khashuri
Sukhumi|Sukhum|Sokhumi
Tskhinvali|Tskhinval
Gudauta
Ochamchire
Stepantsminda|Kazbegi
Anaklia

== GEO region
Adjara|Ajara|Adjaria|Ajaria
Samegrelo|Mingrelia|Samegrelo-Zemo Svaneti
Svaneti|Svanetia
Kakheti
Imereti
Guria
Samtskhe-Javakheti
Javakheti
Kvemo Kartli
Shida Kartli
Mtskheta-Mtianeti
Racha-Lechkhumi and Kvemo Svaneti|Racha
Pankisi Gorge|Pankisi|Pankisi Valley
Kodori Gorge|Kodori Valley

== GEO site
Upper Lars|Verkhny Lars|Upper Lars checkpoint
Roki Tunnel
Enguri River|Inguri River|Enguri
Baku-Tbilisi-Ceyhan pipeline|BTC pipeline

== ARM city
Gyumri|Leninakan|Kumayri
Vanadzor|Kirovakan
Vagharshapat|Etchmiadzin|Echmiadzin|Ejmiatsin
Hrazdan
Abovyan
Kapan
Goris
Jermuk
Sisian
Ijevan
Meghri
Dilijan
Artashat
Gavar
Sevan
Charentsavan
Masis
Agarak
Berd
Noyemberyan
Vardenis
Metsamor

== ARM region suffix=Province,province,region
+Syunik|Siunik
+Tavush
Lori
+Shirak
+Gegharkunik
+Kotayk
+Aragatsotn
+Vayots Dzor
Armavir
Ararat

== ARM site
Metsamor Nuclear Power Plant|Armenian Nuclear Power Plant|Metsamor nuclear plant
Tsitsernakaberd|Armenian Genocide Memorial

== ARM sea
Lake Sevan

== AZE city
Ganja|Gyandzha|Gəncə
Sumgait|Sumqayit
Mingachevir|Mingechaur|Mingəçevir
Lankaran|Lenkoran|Lənkəran
Shaki|Sheki|Şəki
Shirvan
Nakhchivan City
Shusha|Shushi
Khankendi|Stepanakert|Xankəndi
Aghdam|Agdam
Fuzuli|Füzuli
Lachin|Laçın|Berdzor
Kalbajar|Kelbajar|Kəlbəcər
Jabrayil|Jebrail|Cəbrayıl
Zangilan|Zangelan
Gubadli|Qubadlı
Khojaly|Khojali|Xocalı
Khojavend|Xocavənd
Hadrut
Terter|Tərtər
Barda|Bərdə
Gabala|Qabala
Quba|Guba
Tovuz
Gazakh|Qazax
Shamkir|Şəmkir
Goranboy
Naftalan
Yevlakh|Yevlax
Aghdara|Mardakert
Sangachal
Astara
Khachmaz|Xaçmaz
Salyan
Imishli|İmişli

== AZE region
Nakhchivan|Nakhichevan|Nakhchivan Autonomous Republic|Naxçıvan
Absheron Peninsula|Absheron|Apsheron Peninsula
Karabakh Economic Region
East Zangezur Economic Region

== AZE site
Sangachal Terminal
Lachin corridor|Lachin Corridor
Hakari Bridge
"""
