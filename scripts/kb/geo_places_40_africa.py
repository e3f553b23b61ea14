"""Africa.  Western Sahara places are coded MAR (administering state)."""
PLACES = r"""
== DZA city
Oran
Annaba
Blida
Batna
Sétif|Setif
Tlemcen
Béjaïa|Bejaia|Bougie
Biskra
Tamanrasset
Tindouf
Ouargla
Ghardaïa|Ghardaia
Djelfa
Tizi Ouzou
Skikda
Hassi Messaoud
Béchar|Bechar
Illizi
In Salah
Tébessa|Tebessa
Bordj Badji Mokhtar
Djanet

== DZA region
Kabylie|Kabylia

== DZA site
In Amenas|In Amenas gas plant|Tiguentourine
Hassi R'Mel

== MAR city
Casablanca
Marrakesh|Marrakech
Fez|Fès|Fes
Tangier|Tanger|Tangiers
Agadir
Meknes|Meknès
Oujda
Kenitra|Kénitra
Tetouan|Tétouan
Nador
Al Hoceima
Laayoune|El Aaiún|El Aaiun|Laâyoune|Layoune
Dakhla
Smara|Es-Semara
Essaouira
El Jadida
Beni Mellal
Ouarzazate
Errachidia
Fnideq
Guelmim

== MAR region
Rif|Rif Mountains
Souss

== MAR site
Guerguerat|Guerguerat crossing
Tanger Med|Tanger-Med port
Moroccan Western Sahara Wall|Moroccan Wall|Western Sahara berm

== ESP city
Ceuta
Melilla

== TUN city
Sfax
Sousse
Kairouan
Bizerte
Gabès|Gabes
Gafsa
Monastir
Ben Guerdane
Medenine|Médenine
Tataouine
Kasserine
Sidi Bouzid
Zarzis
Nabeul
Hammamet
Tozeur
Mahdia
Kebili
Jendouba
Le Kef|El Kef

== TUN island
Djerba
Kerkennah Islands|Kerkennah

== TUN mountain
Mount Chaambi|Jebel Chaambi|Chaambi

== TUN site
Bardo Museum|Bardo National Museum

== LBY city
Benghazi
Misrata|Misurata|Misratah
Sirte|Surt
Zawiya|Zawiyah|Az Zawiyah
Zliten
Tobruk
Derna|Darnah
Sabha|Sebha
Ajdabiya
Gharyan
Tarhuna|Tarhouna
Bani Walid
Ghadames
Ubari|Awbari
Murzuq
Kufra
Brega|Marsa al-Brega|Marsa el-Brega
Ras Lanuf
Zuwara|Zuwarah
Sabratha
Al Marj
Nalut
Zintan
Waddan
Ghat
Qatrun|Al Qatrun
Khoms|Al Khums
Tajoura
Janzour
Garabulli

== LBY region
Cyrenaica|Barqa
Tripolitania
Fezzan|Fazzan
Nafusa Mountains|Jabal Nafusa|Western Mountains
Jufra|Al Jufra

== LBY base
Al-Watiya air base|Watiya air base|Al-Watiya
Al Khadim air base|Al-Khadim
Al-Jufra air base|Jufra air base
Maaten al-Sarra air base
Ghardabiya air base
Brak al-Shati air base

== LBY site
Mitiga International Airport|Mitiga airport|Mitiga
Es Sider|Sidra oil terminal|Es Sider oil terminal
Sharara oil field|El Sharara|Sharara
El Feel oil field|Elephant oil field
Zueitina oil terminal
Benina International Airport|Benina airport
Derna dam|Wadi Derna dams

== LBY sea
Gulf of Sirte|Gulf of Sidra

== SDN city
Port Sudan
Omdurman
Khartoum North|Bahri
El Fasher|Al-Fashir|Al Fasher|El-Fasher|Al-Fasher
Nyala
El Geneina|Geneina|Al-Junaynah|El-Geneina
Zalingei
Ed Daein|Al-Du'ayn|Ed Da'ein
El Obeid|Al-Ubayyid|El-Obeid
Kadugli
Dilling
Babanusa
El Fula|Al-Fula
Wad Madani|Wad Medani
Kassala
Gedaref|Al Qadarif|Al-Qadarif
Sennar|Sinnar
Kosti
Rabak
Atbara
Dongola
Shendi
Ed Damazin|Damazin|Al-Damazin
Kutum
Tawila
Mellit
Kabkabiya
Wadi Halfa
Suakin
El Nahud|Al-Nahud
Um Rawaba|Umm Ruwaba
Al-Managil|Managil
Sinja|Singa
Kurmuk
Merowe
Ad-Damir|Ed Damer
Mornei

== SDN region
Darfur
North Darfur
South Darfur
West Darfur
Central Darfur
East Darfur
Kordofan
North Kordofan
South Kordofan
West Kordofan
Blue Nile State|Blue Nile state
White Nile State|White Nile state
Gezira|Al Jazirah State|El Gezira|Gezira State|Al-Jazira state
Kassala State
Gedaref State
Sennar State
River Nile State
Red Sea State
Khartoum State|Khartoum state

== SDN mountain
Nuba Mountains
Jebel Marra|Jebel Marra mountains

== SDN site
Zamzam camp|Zamzam|Zamzam displacement camp
Abu Shouk camp|Abu Shouk
Kalma camp
Merowe Dam
Khartoum International Airport|Khartoum airport
Heglig|Heglig oil field
Jebel Aulia Dam|Jebel Awliya

== SDN base
Wadi Seidna air base|Wadi Seidna
Merowe air base

== SSD city
Malakal
Wau
Yei
Bentiu
Aweil
Rumbek
Torit
Yambio
Kuajok
Renk
Akobo
Pibor
Yirol
Nimule
Kapoeta
Tonj
Mundri

== SSD region
Jonglei|Jonglei State
Upper Nile|Upper Nile State
Unity State
Central Equatoria
Eastern Equatoria
Western Equatoria
Equatoria
Northern Bahr el Ghazal
Western Bahr el Ghazal
Lakes State
Warrap|Warrap State
Greater Pibor Administrative Area|Greater Pibor

== ETH city
Mekelle|Mek'ele|Mekele
Gondar|Gonder
Bahir Dar
Dessie
Dire Dawa
Nazret
Hawassa|Awasa
Jimma
Harar
Jijiga
Axum|Aksum
Adigrat
Humera
Lalibela
Debre Markos
Debre Birhan|Debre Berhan
Woldia|Weldiya
Kombolcha
Semera
Gambela
Assosa|Asosa
Nekemte
Shashamane
Arba Minch
Alamata
Metema
Dembidolo
Inda Selassie|Shire Inda Selassie
Debre Tabor
Raya Kobo

== ETH region
Tigray|Tigrai
Amhara|Amhara Region
Oromia
Afar Region|Afar region
Somali Region|Ogaden
Benishangul-Gumuz
Gambela Region
Sidama|Sidama Region
Harari Region
Wolkait|Welkait|Western Tigray|Welkait-Tegede
Southern Nations, Nationalities and Peoples' Region|SNNPR
Danakil Depression|Danakil

== ETH site
Grand Ethiopian Renaissance Dam|GERD|Renaissance Dam|Ethiopian Renaissance Dam
Bole International Airport|Addis Ababa Bole International Airport|Bole airport

== ETH sea
Lake Tana

== ERI city
Massawa
Assab
Mendefera
Barentu
Tesseney|Teseney
Adi Keyh
Dekemhare

== ERI site
Sawa military camp

== DJI city
Tadjoura|Tadjourah
Ali Sabieh
Obock
Dikhil
Arta

== DJI base
Camp Lemonnier
Chabelley Airfield|Chabelley
PLA Support Base in Djibouti|Chinese naval base in Djibouti|Chinese base in Djibouti
Japan Self-Defense Force Base Djibouti

== DJI site
Doraleh|Doraleh port|Doraleh Container Terminal

== SOM city
Hargeisa
Berbera
Burao|Burco
Bosaso|Bosasso|Boosaaso
Garowe
Galkayo|Galkacyo
Kismayo|Kismaayo|Kismayu
Baidoa
Beledweyne|Beledweyn|Beletweyne
Jowhar
Merca|Marka
Barawe
Afgooye|Afgoye
Dhusamareb
Adado
Las Anod|Laascaanood
Erigavo|Ceerigaabo
Borama
Hobyo
Eyl
Bardere|Baardheere
Jilib
Jamaame
Dolow|Doolow
Beledhawo|Belet Hawo
Luuq
Garbaharey
Bulo Burte|Bulobarde
El Baraf|Ceel Baraf
Qandala
Haradhere|Harardhere
El Buur|Ceel Buur
Wanlaweyn
Elwaq|Ceel Waaq
Hudur|Xuddur
Wajid
Bur Hakaba

== SOM region
Puntland
Jubaland
Galmudug
Hirshabelle
South West State|Southwest State of Somalia
Lower Shabelle|Shabeellaha Hoose
Middle Shabelle|Shabeellaha Dhexe
Lower Juba|Jubbada Hoose
Middle Juba|Jubbada Dhexe
Gedo|Gedo region
Bay region
Bakool|Bakool region
Hiiraan|Hiran|Hiiraan region
Mudug|Mudug region
Galguduud|Galgaduud|Galgadud
Nugal|Nugaal|Nugal region
Bari region
Sanaag|Sanaag region
Sool region
Togdheer|Togdheer region
Awdal|Awdal region
Banadir|Benadir|Banaadir
SSC-Khatumo|Khatumo|North Eastern State of Somalia
Cal Miskaad|Cal Madow

== SOM site
Aden Adde International Airport|Mogadishu airport|Aden Abdulle International Airport
Halane|Halane base camp|Mogadishu International Airport complex
Berbera port

== SOM base
Baledogle|Baledogle airfield|Baledogle air base
Berbera airfield|Berbera air base

== SOM river
Juba River
Shabelle River|Shabelle|Shebelle River

== KEN city
Mombasa
Kisumu
Nakuru
Eldoret
Garissa
Mandera
Wajir
Lamu
Malindi
Lodwar
Isiolo
Marsabit
Thika
Nyeri
Machakos
Kitale
Kericho
Naivasha
Nanyuki
Kilifi
Voi
Mpeketoni
Kakamega
Bungoma
Kisii
Narok
Kajiado
Kiambu
Ruiru

== KEN site
Kakuma|Kakuma refugee camp|Kakuma camp
Dadaab|Dadaab refugee camp|Dadaab camp
Westgate mall|Westgate shopping mall
Jomo Kenyatta International Airport|JKIA|Nairobi airport
Garissa University College

== KEN base
Manda Bay|Camp Simba|Manda Bay airfield
Laikipia Air Base

== KEN region
Laikipia
Turkana
Coast Province|Kenyan coast
Rift Valley Province

== UGA city
Gulu
Mbarara
Jinja
Mbale
Arua
Kasese
Fort Portal
Entebbe
Masaka
Soroti
Moroto
Kitgum
Hoima
Bundibugyo
Kabale
Kisoro
Bunagana
Adjumani
Koboko
Nakivale

== UGA region
Karamoja
Acholiland|Acholi sub-region

== UGA site
Entebbe International Airport|Entebbe airport
Bidi Bidi|Bidi Bidi refugee settlement

== RWA city
Huye|Butare
Rubavu|Gisenyi
Musanze|Ruhengeri
Rusizi|Cyangugu
Muhanga|Gitarama
Nyagatare
Nyamata
Murambi

== BDI city
Bujumbura
Ngozi
Muyinga
Rumonge
Makamba
Kirundo
Cibitoke
Kayanza

== TZA city
Dar es Salaam
Zanzibar City|Stone Town
Arusha
Mwanza
Mbeya
Morogoro
Tanga
Kigoma
Mtwara
Moshi
Tabora
Iringa
Songea
Musoma
Bukoba
Shinyanga
Singida
Lindi

== TZA island
Zanzibar|Unguja
Pemba Island
Mafia Island

== TZA mountain
Mount Kilimanjaro|Kilimanjaro

== COD city
Goma
Bukavu
Lubumbashi
Mbuji-Mayi
Kisangani
Kananga
Kolwezi
Likasi
Tshikapa
Bunia
Beni
Butembo
Uvira
Kalemie
Matadi
Boma
Mbandaka
Kikwit
Kindu
Bandundu
Gemena
Isiro
Rutshuru
Masisi
Walikale
Sake
Minova
Kamanyola
Fizi
Kiwanja
Kitshanga
Rubaya
Mambasa
Djugu
Mahagi
Kalehe
Kanyabayonga
Lubero
Oicha
Eringeti
Kasindi
Pinga
Numbi
Nyangezi
Kavumu
Mwenga
Shabunda
Bukama
Manono
Moba
Pweto
Kamina
Kasumbalesa
Dungu
Faradje
Buta
Lisala
Bumba
Inongo
Kenge
Mbanza-Ngungu
Moanda|Muanda
Kalima
Punia
Lodja
Mwene-Ditu
Kabalo
Nyunzu

== COD region
North Kivu|Nord-Kivu
South Kivu|Sud-Kivu
Kivu|Kivu region|the Kivus
Ituri|Ituri Province|Ituri province
Tanganyika Province|Tanganyika province
Haut-Katanga
Lualaba
Haut-Lomami
Katanga
Kasai|Kasaï|Kasai Province|Kasai region
Kasai-Central|Kasaï-Central|Kasai Central
Kasai-Oriental|Kasaï-Oriental|Kasai Oriental
Maniema
Tshopo
Kongo Central|Bas-Congo
Kwilu
Kwango
Mai-Ndombe
Équateur|Equateur|Equateur Province
Mongala
Nord-Ubangi
Sud-Ubangi
Bas-Uele|Bas-Uélé
Haut-Uele|Haut-Uélé
Sankuru
Lomami
Tshuapa

== COD site
Virunga National Park|Virunga
Kahuzi-Biega National Park
Goma International Airport|Goma airport
Inga Dams|Inga dam|Grand Inga
Tenke Fungurume|Tenke Fungurume mine
Kamoa-Kakula|Kamoa-Kakula mine
Bisie tin mine|Bisie

== COD mountain
Mount Nyiragongo|Nyiragongo
Mitumba Mountains

== COG city
Pointe-Noire
Dolisie
Ouesso
Owando
Impfondo
Kinkala

== COG region
Pool Department|Pool region

== CAF city
Bambari
Bangassou
Berbérati|Berberati
Bouar
Bria
Kaga-Bandoro
Ndélé|Ndele
Birao
Bossangoa
Obo
Paoua
Zemio|Zémio
Bozoum
Sibut
Mbaïki|Mbaiki
Bossembélé|Bossembele
Alindao
Batangafo
Bocaranga

== CAF region
Vakaga
Haute-Kotto
Ouham
Ouham-Pendé|Ouham-Pende
Mbomou
Haut-Mbomou
Ouaka
Nana-Mambéré|Nana-Mambere
Basse-Kotto

== CMR city
Douala
Garoua
Bamenda
Maroua
Bafoussam
Ngaoundéré|Ngaoundere
Buea
Kumba
Limbe
Kribi
Bertoua
Ebolowa
Kousseri
Kolofata
Mokolo
Mamfe
Kumbo
Ndop
Bali Nyonga
Wum
Nkambe
Fotokol
Mozogo
Amchide
Tourou

== CMR region
Ambazonia|Anglophone Cameroon|Anglophone regions of Cameroon|Southern Cameroons
Northwest Region of Cameroon|North-West Region of Cameroon
Southwest Region of Cameroon|South-West Region of Cameroon
Far North Region of Cameroon|Far North Region|Extreme North Region

== TCD city
Moundou
Abéché|Abeche
Sarh
Mongo
Faya-Largeau|Faya
Bol
Amdjarass|Am Djarass
Adré|Adre
Bongor
Doba
Bardaï|Bardai
Biltine
Goz Beida
Iriba
Bahai
Baga Sola
Ngouboua
Kalaït|Kalait

== TCD region
Tibesti|Tibesti Mountains
Ennedi
Ouaddaï|Ouaddai
Kanem
Borkou
Aouzou Strip|Aouzou
Wadi Fira
Lac Province|Lac region

== NER city
Agadez
Zinder
Maradi
Tahoua
Dosso
Diffa
Arlit
Ouallam
Ayorou
Bosso
Dirkou
Bilma
Assamaka
Inates
Banibangou
Abala
Torodi
Filingué|Filingue
Tillia
Tchintabaraden
Madama
Makalondi
Tassara
Mainé-Soroa|Maine-Soroa
N'Guigmi|Nguigmi

== NER region
Tillabéri|Tillaberi|Tillabéri region|Tillaberi region|Tillabéri Region
Tahoua region|Tahoua Region
Diffa region|Diffa Region
Agadez region|Agadez Region
Maradi region|Maradi Region
Zinder region|Zinder Region
Dosso region|Dosso Region

== NER mountain
Aïr Mountains|Air Mountains|Aïr Massif

== NER base
Air Base 101|Niamey Air Base 101|Niamey air base
Air Base 201|Niger Air Base 201|Agadez drone base

== NER site
SOMAIR|Somair uranium mine
Imouraren|Imouraren uranium mine
Niamey-Benin pipeline|Niger-Benin oil pipeline

== MLI city
Gao
Timbuktu|Tombouctou
Kidal
Mopti
Ségou|Segou
Sikasso
Kayes
Ménaka|Menaka
Tessalit
Aguelhok|Aguelhoc|Aguelhok
Anéfis|Anefis
Niono
Djenné|Djenne
Douentza
Hombori
Bourem
Ansongo
Tinzaouaten|Tin Zaouatene|Tinzaouatene
Kati
Koulikoro
Nioro du Sahel|Nioro
Sévaré|Sevare
Bandiagara
Bankass
Léré|Lere
Goundam
Diré
Niafunké|Niafunke
Boulkessi
Diabaly
Konna
Dioura
Nampala
Mourdiah
Kolokani
Bougouni
Koutiala
Tenenkou|Ténenkou
Youwarou

== MLI region
Gao Region|Gao region
Kidal Region|Kidal region
Mopti Region|Mopti region
Ségou Region|Segou region
Ménaka Region|Menaka region
Taoudénit Region|Taoudeni region
Sikasso Region|Sikasso region
Kayes Region|Kayes region
Koulikoro Region|Koulikoro region
Azawad
Inner Niger Delta|Niger Inner Delta
Adrar des Ifoghas|Adrar des Ifoghas mountains|Ifoghas mountains

== - region
Liptako-Gourma|Liptako-Gourma region
Sahel|the Sahel|Sahel region
Sahara|Sahara Desert|the Sahara
Maghreb
Horn of Africa
Great Lakes region|African Great Lakes
Sub-Saharan Africa
Lake Chad Basin|Lake Chad region
Gulf of Guinea region

== BFA city
Bobo-Dioulasso
Koudougou
Ouahigouya
Kaya
Banfora
Fada N'Gourma|Fada NGourma|Fada Ngourma
Dori
Djibo
Tenkodogo
Dédougou|Dedougou
Gorom-Gorom
Arbinda
Diapaga
Solenzo
Barsalogho
Kongoussi
Titao
Sebba
Koupéla|Koupela
Gaoua
Ziniaré|Ziniare
Kantchari
Pama
Seytenga
Mansila
Tougan
Nouna
Djibasso
Bourzanga
Markoye

== BFA region
Boucle du Mouhoun
Centre-Nord region|Centre-Nord
Hauts-Bassins

== MRT city
Nouadhibou
Zouérat|Zouerate|Zouerat
Atar
Rosso
Kiffa
Néma|Nema
Bassikounou
Kaédi|Kaedi
Aleg
Tidjikja

== MRT site
Mbera camp|Mbera refugee camp|M'bera camp

== SEN city
Touba
Thiès|Thies
Ziguinchor
Kaolack
Mbour
Rufisque
Tambacounda
Kolda
Diourbel
Louga
Kédougou|Kedougou

== SEN region
Casamance

== GMB city
Serekunda
Brikama
Bakau
Farafenni

== GNB city
Bafatá|Bafata
Gabú|Gabu
Cacheu
Bolama

== GNB island
Bijagós Islands|Bissagos Islands|Bijagos

== GIN city
Nzérékoré|Nzerekore|N'Zerekore
Kankan
Kindia
Boké|Boke
Labé|Labe
Mamou
Siguiri
Kamsar
Faranah
Guéckédou|Gueckedou

== GIN site
Simandou|Simandou iron ore project

== SLE city
Kenema
Makeni
Koidu
Port Loko
Lunsar

== LBR city
Gbarnga
Zwedru
Kakata
Voinjama
Ganta

== CIV city
Abidjan
Bouaké|Bouake
Daloa
Korhogo
Grand-Bassam
Ferkessédougou|Ferkessedougou
Odienné|Odienne
Gagnoa
Divo
Abengourou
Bondoukou
Kafolo
Tengrela
San-Pédro

== GHA city
Kumasi
Tamale
Sekondi-Takoradi|Takoradi
Cape Coast
Tema
Sunyani
Bawku
Bolgatanga
Koforidua
Obuasi
Yendi
Techiman

== TGO city
Sokodé|Sokode
Dapaong
Kpalimé|Kpalime
Atakpamé|Atakpame
Tsévié|Tsevie

== BEN city
Cotonou
Parakou
Abomey
Djougou
Natitingou
Kandi
Malanville
Ouidah
Abomey-Calavi
Bohicon
Tanguiéta|Tanguieta
Karimama

== BEN site
Pendjari National Park|Pendjari
W National Park|Park W|W-Arly-Pendjari complex

== NGA city
Lagos
Kano
Ibadan
Port Harcourt
Kaduna
Benin City
Maiduguri
Zaria
Jos
Ilorin
Enugu
Onitsha
Warri
Sokoto
Owerri
Abeokuta
Calabar
Uyo
Yola
Bauchi
Gombe
Damaturu
Katsina
Gusau
Birnin Kebbi
Minna
Makurdi
Lafia
Lokoja
Akure
Ado Ekiti
Osogbo
Asaba
Yenagoa
Umuahia
Awka
Abakaliki
Jalingo
Dutse
Gwoza
Chibok
Dapchi
Monguno
Baga
Damboa
Dikwa
Konduga
Malam Fatori
Mubi
Kontagora
Kafanchan
Owo
Ile-Ife
Ogbomosho
Nsukka
Potiskum
Biu
Gashua
Nguru
Azare
Funtua
Kankara
Kagara
Jangebe
Tsafe
Bukkuyum
Shiroro
Mariga
Rijau
Zurmi
Kauran Namoda
Bokkos
Mangu
Barkin Ladi
Riyom
Agatu
Yelwata
Ikom
Obudu
Oron
Eket
Bonny Island
Ughelli
Sapele
Okene
Idah
Ilesa
Ijebu Ode
Ikorodu
Badagry

== NGA region
Borno|Borno State
Yobe|Yobe State
Adamawa|Adamawa State
Zamfara|Zamfara State
Katsina State
Sokoto State
Kebbi|Kebbi State
Kano State
Kaduna State
Jigawa|Jigawa State
Bauchi State
Gombe State
Taraba|Taraba State
Plateau State
Nasarawa|Nasarawa State
Benue|Benue State
Niger State
Kogi|Kogi State
Kwara|Kwara State
Oyo State
Ogun|Ogun State
Lagos State
Ondo|Ondo State
Osun|Osun State
Ekiti|Ekiti State
Edo|Edo State
Delta State
Rivers State
Bayelsa|Bayelsa State
Akwa Ibom|Akwa Ibom State
Cross River State
Anambra|Anambra State
Imo State
Abia|Abia State
Ebonyi|Ebonyi State
Enugu State
Federal Capital Territory|FCT
Niger Delta|Niger Delta region
Middle Belt
Biafra
Sambisa Forest|Sambisa
Northeast Nigeria|north-east Nigeria
Northwest Nigeria|north-west Nigeria

== NGA site
Nnamdi Azikiwe International Airport|Abuja airport
Murtala Muhammed International Airport|Lagos airport
Kainji Dam
Dangote refinery
Forcados oil terminal|Forcados
Bonga oil field

== AGO city
Huambo
Lobito
Benguela
Lubango
Malanje
Saurimo
Soyo
Namibe
Uíge|Uige
Kuito
Menongue
Dundo
Ondjiva
Sumbe

== AGO region
Cabinda|Cabinda Province|Cabinda exclave
Lunda Norte
Lunda Sul

== ZMB city
Kitwe
Ndola
Kabwe
Chingola
Mufulira
Chipata
Solwezi
Kasama
Mansa
Mongu

== ZMB region
Copperbelt|Copperbelt Province

== ZWE city
Bulawayo
Mutare
Gweru
Kwekwe
Masvingo
Chinhoyi
Victoria Falls
Hwange
Beitbridge
Marondera
Kariba
Chitungwiza
Bindura

== ZWE region
Matabeleland
Mashonaland

== ZWE site
Marange diamond fields|Marange

== MWI city
Blantyre
Mzuzu
Zomba
Mangochi

== MOZ city
Beira
Nampula
Matola
Chimoio
Quelimane
Tete
Mocímboa da Praia|Mocimboa da Praia|Mocimboa
Macomia
Montepuez
Lichinga
Nacala
Inhambane
Xai-Xai
Ancuabe
Muidumbe
Quissanga
Mueda
Meluco
Nangade
Chiure
Metuge
Ressano Garcia

== MOZ region
Cabo Delgado|Cabo Delgado province|Cabo Delgado Province
Niassa|Niassa province
Zambezia|Zambézia
Sofala|Sofala province
Manica|Manica province

== MOZ site
Afungi|Afungi peninsula|Mozambique LNG site
Cahora Bassa Dam|Cahora Bassa

== MDG city
Toamasina|Tamatave
Antsirabe
Fianarantsoa
Mahajanga|Majunga
Toliara|Tulear|Toliary
Antsiranana|Diego-Suarez
Morondava
Fort Dauphin|Tolanaro|Taolagnaro

== MDG island
Nosy Be

== NAM city
Walvis Bay
Swakopmund
Oshakati
Rundu
Lüderitz|Luderitz
Katima Mulilo
Keetmanshoop
Ondangwa
Otjiwarongo

== NAM region
Caprivi Strip|Zambezi Region|Caprivi

== BWA city
Francistown
Maun
Kasane
Serowe
Selebi-Phikwe
Lobatse
Molepolole

== ZAF city
Johannesburg|Joburg|Jo'burg|Jozi
Cape Town
Durban|eThekwini
Bloemfontein
Gqeberha|Port Elizabeth
Soweto
Pietermaritzburg
Polokwane|Pietersburg
Mbombela|Nelspruit
Rustenburg
Marikana
Richards Bay
Stellenbosch
Mahikeng|Mafikeng
Upington
Saldanha Bay
Mthatha|Umtata
Phalaborwa
Musina
Welkom
Witbank|eMalahleni
Vereeniging
Benoni
Boksburg
Germiston
Tembisa
Umlazi
Mitchells Plain
Ekurhuleni

== ZAF district
Sandton
Khayelitsha
Hillbrow
Cape Flats

== ZAF region
Gauteng
KwaZulu-Natal|KZN
Western Cape
Eastern Cape
Northern Cape
Free State|Free State province
Limpopo|Limpopo province
Mpumalanga
North West Province of South Africa|North West province

== ZAF site
Pelindaba|Pelindaba nuclear research centre
Koeberg Nuclear Power Station|Koeberg
O. R. Tambo International Airport|OR Tambo International Airport|OR Tambo airport

== ZAF base
Waterkloof Air Force Base|Air Force Base Waterkloof|Waterkloof
Simon's Town naval base|Simon's Town|Simonstown

== ZAF island
Robben Island

== SWZ city
Manzini
Lobamba
Siteki

== LSO city
Mafeteng
Teyateyaneng
Leribe|Hlotse

== MUS island
Rodrigues|Rodrigues Island
Agaléga|Agalega|Agaléga Islands|Agalega Islands

== MUS city
Curepipe
Vacoas-Phoenix
Quatre Bornes

== SYC island
Mahé|Mahe
Praslin
Assumption Island

== COM island
Anjouan|Nzwani
Mohéli|Moheli|Mwali
Grande Comore|Ngazidja

== COM city
Mutsamudu
Fomboni

== CPV city
Mindelo


== STP island
Príncipe|Principe island

== GNQ city
Bata
Ciudad de la Paz|Oyala
Ebebiyín|Ebebiyin
Mongomo

== GNQ island
Bioko|Bioko Island|Fernando Po
Annobón|Annobon

== GAB city
Port-Gentil
Franceville
Oyem
Lambaréné|Lambarene
Mouila

== SHN island
Ascension Island
Tristan da Cunha


== ATF island
Kerguelen Islands|Kerguelen
Crozet Islands
Amsterdam Island
Europa Island
Glorioso Islands|Îles Glorieuses
Juan de Nova Island
Bassas da India


Dzaoudzi

== IOT base
Diego Garcia|Naval Support Facility Diego Garcia

== - sea
Lake Victoria
Lake Tanganyika
Lake Malawi|Lake Nyasa|Lake Niassa
Lake Chad
Lake Turkana|Lake Rudolf
Lake Kivu
Lake Albert
Lake Edward
Lake Kariba
Lake Volta
Gulf of Guinea
Mozambique Channel
Bight of Bonny|Bight of Biafra
Bight of Benin

== - mountain
Mount Elgon|Mt Elgon
Rwenzori Mountains|Rwenzori|Ruwenzori

== - river
Nile|Nile River|River Nile
Blue Nile
White Nile
Niger River|River Niger
Congo River|River Congo
Zambezi|Zambezi River
Limpopo River
Orange River
Benue River
Senegal River
Ubangi River|Oubangui River
Kasai River
Atbara River
Tekezé River|Tekeze River|Setit River
Omo River
Ruzizi River|Rusizi River
Rovuma River|Ruvuma River
Cunene River|Kunene River
Okavango River|Okavango
Chari River|Shari River
Gambia River
Volta River
Mano River
"""
