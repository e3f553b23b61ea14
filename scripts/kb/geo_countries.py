"""Country data for data/kb/countries.tsv (written from public facts).

One line per ISO 3166-1 entry (plus Kosovo):
    ISO3 ; name ; aliases ; adjectives ; capital ; metonyms ; former
Multi-valued fields use '|', empty ones '-'.  iso2, the ISO official name and
the status column are added by build_geo_kb.py.
"""

COUNTRIES = r"""
ABW ; Aruba ; - ; Aruban|Arubans ; Oranjestad ; - ; -
AFG ; Afghanistan ; Islamic Emirate of Afghanistan ; Afghan|Afghans ; Kabul ; - ; -
AGO ; Angola ; - ; Angolan|Angolans ; Luanda ; - ; -
AIA ; Anguilla ; - ; Anguillan|Anguillans ; - ; - ; -
ALA ; Åland Islands ; Aland Islands|Åland|Aland ; Ålander|Ålanders ; Mariehamn ; - ; -
ALB ; Albania ; - ; Albanian|Albanians ; Tirana ; - ; -
AND ; Andorra ; - ; Andorran|Andorrans ; Andorra la Vella ; - ; -
ARE ; United Arab Emirates ; UAE|U.A.E.|Emirates|the Emirates|the United Arab Emirates ; Emirati|Emiratis ; Abu Dhabi ; - ; -
ARG ; Argentina ; - ; Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans ; Buenos Aires ; Casa Rosada=GOV ; -
ARM ; Armenia ; - ; Armenian|Armenians ; Yerevan ; - ; -
ASM ; American Samoa ; - ; American Samoan|American Samoans ; Pago Pago ; - ; -
ATA ; Antarctica ; the Antarctic ; Antarctic ; - ; - ; -
ATF ; French Southern Territories ; French Southern and Antarctic Lands|TAAF ; - ; - ; - ; -
ATG ; Antigua and Barbuda ; Antigua & Barbuda ; Antiguan|Antiguans|Barbudan|Barbudans ; Saint John's ; - ; -
AUS ; Australia ; Commonwealth of Australia ; Australian|Australians|Aussie|Aussies ; Canberra ; - ; -
AUT ; Austria ; - ; Austrian|Austrians ; Vienna ; - ; -
AZE ; Azerbaijan ; - ; Azerbaijani|Azerbaijanis|Azeri|Azeris ; Baku ; - ; -
BDI ; Burundi ; - ; Burundian|Burundians ; Gitega ; - ; -
BEL ; Belgium ; - ; Belgian|Belgians ; Brussels ; - ; -
BEN ; Benin ; - ; Beninese ; Porto-Novo ; - ; Dahomey
BES ; Bonaire, Sint Eustatius and Saba ; Caribbean Netherlands|BES islands ; - ; Kralendijk ; - ; -
BFA ; Burkina Faso ; Burkina ; Burkinabe|Burkinabè|Burkinabes ; Ouagadougou ; - ; Upper Volta
BGD ; Bangladesh ; - ; Bangladeshi|Bangladeshis ; Dhaka ; - ; East Pakistan
BGR ; Bulgaria ; - ; Bulgarian|Bulgarians ; Sofia ; - ; -
BHR ; Bahrain ; - ; Bahraini|Bahrainis ; Manama ; - ; -
BHS ; Bahamas ; The Bahamas ; Bahamian|Bahamians ; Nassau ; - ; -
BIH ; Bosnia and Herzegovina ; Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina|BiH ; Bosnian|Bosnians ; Sarajevo ; - ; -
BLM ; Saint Barthélemy ; Saint Barthelemy|St Barts|St. Barts|St Barths|St. Barths|Saint-Barthélemy ; - ; Gustavia ; - ; -
BLR ; Belarus ; - ; Belarusian|Belarusians|Belarussian|Belarussians|Byelorussian|Byelorussians ; Minsk ; - ; Byelorussia|Belorussia|Byelorussian SSR
BLZ ; Belize ; - ; Belizean|Belizeans ; Belmopan ; - ; British Honduras
BMU ; Bermuda ; - ; Bermudian|Bermudians|Bermudan|Bermudans ; - ; - ; -
BOL ; Bolivia ; - ; Bolivian|Bolivians ; Sucre ; - ; -
BRA ; Brazil ; - ; Brazilian|Brazilians ; Brasília ; Planalto=GOV|Planalto Palace=GOV|Itamaraty=GOV ; -
BRB ; Barbados ; - ; Barbadian|Barbadians|Bajan|Bajans ; Bridgetown ; - ; -
BRN ; Brunei ; Brunei Darussalam|Nation of Brunei ; Bruneian|Bruneians ; Bandar Seri Begawan ; - ; -
BTN ; Bhutan ; - ; Bhutanese ; Thimphu ; - ; -
BVT ; Bouvet Island ; - ; - ; - ; - ; -
BWA ; Botswana ; - ; Motswana|Batswana|Botswanan|Botswanans ; Gaborone ; - ; Bechuanaland
CAF ; Central African Republic ; C.A.R. ; - ; Bangui ; - ; -
CAN ; Canada ; - ; Canadian|Canadians ; Ottawa ; Parliament Hill=LEG ; -
CCK ; Cocos (Keeling) Islands ; Cocos Islands|Keeling Islands|Cocos Keeling Islands ; - ; - ; - ; -
CHE ; Switzerland ; Swiss Confederation ; Swiss ; Bern ; - ; -
CHL ; Chile ; - ; Chilean|Chileans ; Santiago ; La Moneda=GOV ; -
CHN ; China ; People's Republic of China|PRC|P.R.C.|mainland China ; Chinese ; Beijing ; Zhongnanhai=GOV ; -
CIV ; Ivory Coast ; Côte d'Ivoire|Cote d'Ivoire|Cote d’Ivoire ; Ivorian|Ivorians ; Yamoussoukro ; - ; -
CMR ; Cameroon ; - ; Cameroonian|Cameroonians ; Yaoundé ; - ; -
COD ; DR Congo ; Democratic Republic of the Congo|Democratic Republic of Congo|DRC|D.R.C.|DR of Congo|D.R. Congo|Congo-Kinshasa|Congo ; Congolese ; Kinshasa ; - ; Zaire
COG ; Republic of the Congo ; Republic of Congo|Congo Republic|Congo-Brazzaville|Congo Brazzaville ; - ; Brazzaville ; - ; -
COK ; Cook Islands ; - ; Cook Islander|Cook Islanders ; Avarua ; - ; -
COL ; Colombia ; - ; Colombian|Colombians ; Bogotá ; Casa de Nariño=GOV ; -
COM ; Comoros ; the Comoros|Union of the Comoros ; Comorian|Comorians|Comoran|Comorans ; Moroni ; - ; -
CPV ; Cape Verde ; Cabo Verde|Republic of Cape Verde ; Cape Verdean|Cape Verdeans ; Praia ; - ; -
CRI ; Costa Rica ; - ; Costa Rican|Costa Ricans ; San José ; - ; -
CUB ; Cuba ; - ; Cuban|Cubans ; Havana ; - ; -
CUW ; Curaçao ; Curacao ; Curaçaoan|Curaçaoans ; Willemstad ; - ; -
CXR ; Christmas Island ; Territory of Christmas Island ; - ; Flying Fish Cove ; - ; -
CYM ; Cayman Islands ; the Caymans ; Caymanian|Caymanians ; - ; - ; -
CYP ; Cyprus ; - ; Cypriot|Cypriots ; Nicosia ; - ; -
CZE ; Czech Republic ; Czechia ; Czech|Czechs ; Prague ; Prague Castle=GOV ; -
DEU ; Germany ; - ; German|Germans ; Berlin ; Bendlerblock=MIL ; -
DJI ; Djibouti ; - ; Djiboutian|Djiboutians ; Djibouti City ; - ; -
DMA ; Dominica ; - ; - ; Roseau ; - ; -
DNK ; Denmark ; - ; Danish|Dane|Danes ; Copenhagen ; Christiansborg=GOV ; -
DOM ; Dominican Republic ; - ; Dominican|Dominicans ; Santo Domingo ; - ; -
DZA ; Algeria ; - ; Algerian|Algerians ; Algiers ; - ; -
ECU ; Ecuador ; - ; Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans ; Quito ; Carondelet Palace=GOV ; -
EGY ; Egypt ; - ; Egyptian|Egyptians ; Cairo ; - ; -
ERI ; Eritrea ; - ; Eritrean|Eritreans ; Asmara ; - ; -
ESH ; Western Sahara ; Sahrawi Arab Democratic Republic|SADR ; Sahrawi|Sahrawis|Saharawi|Saharawis ; - ; - ; Spanish Sahara
ESP ; Spain ; - ; Spanish|Spaniard|Spaniards ; Madrid ; Moncloa=GOV|Moncloa Palace=GOV ; -
EST ; Estonia ; - ; Estonian|Estonians ; Tallinn ; Toompea=LEG|Stenbock House=GOV ; -
ETH ; Ethiopia ; - ; Ethiopian|Ethiopians ; Addis Ababa ; - ; Abyssinia
FIN ; Finland ; - ; Finnish|Finn|Finns ; Helsinki ; - ; -
FJI ; Fiji ; - ; Fijian|Fijians ; Suva ; - ; -
FLK ; Falkland Islands ; Falklands|Malvinas|Islas Malvinas|Malvinas Islands ; Falkland Islander|Falkland Islanders ; - ; - ; -
FRA ; France ; - ; French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen ; Paris ; Elysee=GOV|Élysée=GOV|Elysee Palace=GOV|Élysée Palace=GOV|Quai d'Orsay=GOV|Matignon=GOV|Hotel Matignon=GOV|Hôtel Matignon=GOV ; -
FRO ; Faroe Islands ; Faroes|Faeroe Islands|Faeroes ; Faroese ; Tórshavn ; - ; -
FSM ; Micronesia ; Federated States of Micronesia|FSM ; Micronesian|Micronesians ; Palikir ; - ; -
GAB ; Gabon ; Gabonese Republic ; Gabonese ; Libreville ; - ; -
GBR ; United Kingdom ; UK|U.K.|Britain|Great Britain|the United Kingdom|United Kingdom of Great Britain and Northern Ireland ; British|Briton|Britons|Brit|Brits ; London ; Downing Street=GOV|Number 10=GOV|Number Ten=GOV|Whitehall=GOV|Westminster=LEG|Vauxhall Cross=SPY ; -
GEO ; Georgia ; Sakartvelo ; Georgian|Georgians ; Tbilisi ; - ; -
GGY ; Guernsey ; Bailiwick of Guernsey ; - ; St Peter Port ; - ; -
GHA ; Ghana ; - ; Ghanaian|Ghanaians ; Accra ; - ; -
GIB ; Gibraltar ; - ; Gibraltarian|Gibraltarians ; - ; - ; -
GIN ; Guinea ; Guinea-Conakry|Guinea Conakry ; Guinean|Guineans ; Conakry ; - ; -
GLP ; Guadeloupe ; - ; Guadeloupean|Guadeloupeans ; Basse-Terre ; - ; -
GMB ; Gambia ; The Gambia ; Gambian|Gambians ; Banjul ; - ; -
GNB ; Guinea-Bissau ; Guinea Bissau ; Bissau-Guinean|Bissau-Guineans ; Bissau ; - ; Portuguese Guinea
GNQ ; Equatorial Guinea ; - ; Equatorial Guinean|Equatorial Guineans|Equatoguinean|Equatoguineans ; Malabo ; - ; -
GRC ; Greece ; Hellenic Republic|Hellas ; Greek|Greeks ; Athens ; Maximos Mansion=GOV ; -
GRD ; Grenada ; - ; Grenadian|Grenadians ; Saint George's ; - ; -
GRL ; Greenland ; Kalaallit Nunaat ; Greenlandic|Greenlander|Greenlanders ; Nuuk ; - ; -
GTM ; Guatemala ; - ; Guatemalan|Guatemalans ; Guatemala City ; - ; -
GUF ; French Guiana ; Guyane ; French Guianese ; Cayenne ; - ; -
GUM ; Guam ; - ; Guamanian|Guamanians ; Hagåtña ; - ; -
GUY ; Guyana ; Co-operative Republic of Guyana ; Guyanese ; Georgetown ; - ; British Guiana
HKG ; Hong Kong ; Hong Kong SAR|HKSAR ; Hong Konger|Hong Kongers|Hongkonger|Hongkongers ; - ; - ; -
HMD ; Heard Island and McDonald Islands ; Heard and McDonald Islands ; - ; - ; - ; -
HND ; Honduras ; - ; Honduran|Hondurans ; Tegucigalpa ; - ; -
HRV ; Croatia ; - ; Croatian|Croatians|Croat|Croats ; Zagreb ; - ; -
HTI ; Haiti ; - ; Haitian|Haitians ; Port-au-Prince ; - ; -
HUN ; Hungary ; - ; Hungarian|Hungarians ; Budapest ; - ; -
IDN ; Indonesia ; - ; Indonesian|Indonesians ; Jakarta ; - ; Dutch East Indies
IMN ; Isle of Man ; - ; Manx ; - ; - ; -
IND ; India ; Republic of India|Bharat ; Indian|Indians ; New Delhi ; South Block=GOV|Raisina Hill=GOV ; -
IOT ; British Indian Ocean Territory ; BIOT ; - ; - ; - ; -
IRL ; Ireland ; Republic of Ireland|Éire|Eire ; Irish|Irishman|Irishmen ; Dublin ; - ; -
IRN ; Iran ; Islamic Republic of Iran ; Iranian|Iranians ; Tehran ; - ; Persia
IRQ ; Iraq ; - ; Iraqi|Iraqis ; Baghdad ; - ; -
ISL ; Iceland ; - ; Icelandic|Icelander|Icelanders ; Reykjavík ; - ; -
ISR ; Israel ; - ; Israeli|Israelis ; Jerusalem ; Kirya=MIL|HaKirya=MIL ; -
ITA ; Italy ; - ; Italian|Italians ; Rome ; Palazzo Chigi=GOV|Farnesina=GOV|Quirinale=GOV|Quirinal Palace=GOV ; -
JAM ; Jamaica ; - ; Jamaican|Jamaicans ; Kingston ; - ; -
JEY ; Jersey ; Bailiwick of Jersey ; - ; Saint Helier ; - ; -
JOR ; Jordan ; - ; Jordanian|Jordanians ; Amman ; - ; Transjordan
JPN ; Japan ; - ; Japanese ; Tokyo ; Kantei=GOV|Kasumigaseki=GOV|Nagatacho=LEG ; -
KAZ ; Kazakhstan ; - ; Kazakh|Kazakhs|Kazakhstani|Kazakhstanis ; Astana ; Akorda=GOV ; -
KEN ; Kenya ; - ; Kenyan|Kenyans ; Nairobi ; - ; -
KGZ ; Kyrgyzstan ; Kyrgyz Republic|Kirgizstan ; Kyrgyz|Kyrgyzstani|Kyrgyzstanis|Kirghiz ; Bishkek ; - ; Kirghizia|Kirgizia
KHM ; Cambodia ; - ; Cambodian|Cambodians ; Phnom Penh ; - ; Kampuchea|Democratic Kampuchea
KIR ; Kiribati ; - ; I-Kiribati ; Tarawa ; - ; -
KNA ; Saint Kitts and Nevis ; St Kitts and Nevis|St. Kitts and Nevis|Saint Kitts & Nevis|St Kitts & Nevis|Federation of Saint Christopher and Nevis ; Kittitian|Kittitians|Nevisian|Nevisians ; Basseterre ; - ; -
KOR ; South Korea ; Republic of Korea|ROK|R.O.K. ; South Korean|South Koreans ; Seoul ; - ; -
KWT ; Kuwait ; - ; Kuwaiti|Kuwaitis ; Kuwait City ; - ; -
LAO ; Laos ; Lao PDR|Lao People's Democratic Republic ; Laotian|Laotians ; Vientiane ; - ; -
LBN ; Lebanon ; - ; Lebanese ; Beirut ; Baabda Palace=GOV|Grand Serail=GOV ; -
LBR ; Liberia ; - ; Liberian|Liberians ; Monrovia ; - ; -
LBY ; Libya ; State of Libya ; Libyan|Libyans ; Tripoli ; - ; Libyan Arab Jamahiriya
LCA ; Saint Lucia ; St Lucia|St. Lucia ; Saint Lucian|Saint Lucians|St Lucian|St Lucians ; Castries ; - ; -
LIE ; Liechtenstein ; - ; Liechtensteiner|Liechtensteiners ; Vaduz ; - ; -
LKA ; Sri Lanka ; - ; Sri Lankan|Sri Lankans ; Sri Jayawardenepura Kotte ; - ; Ceylon
LSO ; Lesotho ; - ; Basotho|Mosotho ; Maseru ; - ; Basutoland
LTU ; Lithuania ; - ; Lithuanian|Lithuanians ; Vilnius ; - ; -
LUX ; Luxembourg ; Grand Duchy of Luxembourg ; Luxembourgish|Luxembourger|Luxembourgers ; Luxembourg City ; - ; -
LVA ; Latvia ; - ; Latvian|Latvians ; Riga ; - ; -
MAC ; Macao ; Macau|Macao SAR|Macau SAR ; Macanese ; - ; - ; -
MAF ; Saint Martin ; Saint-Martin|Collectivity of Saint Martin|French Saint Martin ; - ; Marigot ; - ; -
MAR ; Morocco ; - ; Moroccan|Moroccans ; Rabat ; - ; -
MCO ; Monaco ; - ; Monegasque|Monegasques ; - ; - ; -
MDA ; Moldova ; - ; Moldovan|Moldovans ; Chișinău ; - ; -
MDG ; Madagascar ; - ; Malagasy ; Antananarivo ; - ; -
MDV ; Maldives ; the Maldives ; Maldivian|Maldivians ; Malé ; - ; -
MEX ; Mexico ; - ; Mexican|Mexicans ; Mexico City ; - ; -
MHL ; Marshall Islands ; - ; Marshallese ; Majuro ; - ; -
MKD ; North Macedonia ; - ; Macedonian|Macedonians ; Skopje ; - ; Macedonia|FYROM|Former Yugoslav Republic of Macedonia
MLI ; Mali ; - ; Malian|Malians ; Bamako ; - ; French Sudan
MLT ; Malta ; - ; Maltese ; Valletta ; - ; -
MMR ; Myanmar ; Republic of the Union of Myanmar ; Burmese ; Naypyidaw ; - ; Burma
MNE ; Montenegro ; - ; Montenegrin|Montenegrins ; Podgorica ; - ; -
MNG ; Mongolia ; - ; Mongolian|Mongolians ; Ulaanbaatar ; - ; -
MNP ; Northern Mariana Islands ; Northern Marianas|CNMI ; - ; Saipan ; - ; -
MOZ ; Mozambique ; - ; Mozambican|Mozambicans ; Maputo ; - ; -
MRT ; Mauritania ; - ; Mauritanian|Mauritanians ; Nouakchott ; - ; -
MSR ; Montserrat ; - ; Montserratian|Montserratians ; - ; - ; -
MTQ ; Martinique ; - ; Martinican|Martinicans ; Fort-de-France ; - ; -
MUS ; Mauritius ; - ; Mauritian|Mauritians ; Port Louis ; - ; -
MWI ; Malawi ; - ; Malawian|Malawians ; Lilongwe ; - ; Nyasaland
MYS ; Malaysia ; - ; Malaysian|Malaysians ; Kuala Lumpur ; - ; -
MYT ; Mayotte ; - ; Mahoran|Mahorans ; Mamoudzou ; - ; -
NAM ; Namibia ; - ; Namibian|Namibians ; Windhoek ; - ; South West Africa
NCL ; New Caledonia ; Nouvelle-Calédonie ; New Caledonian|New Caledonians ; Nouméa ; - ; -
NER ; Niger ; - ; Nigerien|Nigeriens ; Niamey ; - ; -
NFK ; Norfolk Island ; - ; Norfolk Islander|Norfolk Islanders ; - ; - ; -
NGA ; Nigeria ; - ; Nigerian|Nigerians ; Abuja ; Aso Rock=GOV|Aso Villa=GOV ; -
NIC ; Nicaragua ; - ; Nicaraguan|Nicaraguans ; Managua ; - ; -
NIU ; Niue ; - ; Niuean|Niueans ; Alofi ; - ; -
NLD ; Netherlands ; the Netherlands|Holland|Kingdom of the Netherlands ; Dutch|Dutchman|Dutchmen|Dutchwoman ; Amsterdam ; - ; -
NOR ; Norway ; - ; Norwegian|Norwegians ; Oslo ; - ; -
NPL ; Nepal ; - ; Nepali|Nepalis|Nepalese ; Kathmandu ; Singha Durbar=GOV ; -
NRU ; Nauru ; - ; Nauruan|Nauruans ; - ; - ; -
NZL ; New Zealand ; Aotearoa ; New Zealander|New Zealanders ; Wellington ; - ; -
OMN ; Oman ; Sultanate of Oman ; Omani|Omanis ; Muscat ; - ; -
PAK ; Pakistan ; - ; Pakistani|Pakistanis ; Islamabad ; - ; -
PAN ; Panama ; - ; Panamanian|Panamanians ; Panama City ; - ; -
PCN ; Pitcairn Islands ; Pitcairn|Pitcairn, Henderson, Ducie and Oeno Islands ; Pitcairn Islander|Pitcairn Islanders ; Adamstown ; - ; -
PER ; Peru ; - ; Peruvian|Peruvians ; Lima ; - ; -
PHL ; Philippines ; the Philippines ; Filipino|Filipinos|Filipina|Filipinas|Philippine ; Manila ; Malacañang=GOV|Malacanang=GOV|Malacañang Palace=GOV|Malacanang Palace=GOV ; -
PLW ; Palau ; - ; Palauan|Palauans ; Ngerulmud ; - ; -
PNG ; Papua New Guinea ; - ; Papua New Guinean|Papua New Guineans ; Port Moresby ; - ; -
POL ; Poland ; - ; Polish|Poles ; Warsaw ; - ; -
PRI ; Puerto Rico ; - ; Puerto Rican|Puerto Ricans ; San Juan ; - ; -
PRK ; North Korea ; Democratic People's Republic of Korea|DPRK|D.P.R.K. ; North Korean|North Koreans ; Pyongyang ; - ; -
PRT ; Portugal ; - ; Portuguese ; Lisbon ; - ; -
PRY ; Paraguay ; - ; Paraguayan|Paraguayans ; Asunción ; - ; -
PSE ; Palestine ; State of Palestine ; Palestinian|Palestinians ; - ; - ; -
PYF ; French Polynesia ; Polynésie française ; French Polynesian|French Polynesians ; Papeete ; - ; -
QAT ; Qatar ; - ; Qatari|Qataris ; Doha ; - ; -
REU ; Réunion ; La Réunion|La Reunion ; Réunionese|Reunionese ; - ; - ; -
ROU ; Romania ; - ; Romanian|Romanians ; Bucharest ; Cotroceni=GOV|Cotroceni Palace=GOV|Victoria Palace=GOV ; Rumania
RUS ; Russia ; Russian Federation|the Russian Federation ; Russian|Russians ; Moscow ; Kremlin=GOV|Lubyanka=SPY ; -
RWA ; Rwanda ; - ; Rwandan|Rwandans ; Kigali ; - ; -
SAU ; Saudi Arabia ; Kingdom of Saudi Arabia|KSA ; Saudi|Saudis ; Riyadh ; - ; -
SDN ; Sudan ; Republic of the Sudan|the Sudan ; Sudanese ; Khartoum ; - ; -
SEN ; Senegal ; - ; Senegalese ; Dakar ; - ; -
SGP ; Singapore ; Republic of Singapore ; Singaporean|Singaporeans ; - ; - ; -
SGS ; South Georgia and the South Sandwich Islands ; South Georgia and South Sandwich Islands ; - ; - ; - ; -
SHN ; Saint Helena, Ascension and Tristan da Cunha ; Saint Helena|St Helena|St. Helena ; Saint Helenian|Saint Helenians ; - ; - ; -
SJM ; Svalbard and Jan Mayen ; Svalbard & Jan Mayen ; - ; Longyearbyen ; - ; -
SLB ; Solomon Islands ; the Solomons ; Solomon Islander|Solomon Islanders ; Honiara ; - ; -
SLE ; Sierra Leone ; - ; Sierra Leonean|Sierra Leoneans ; Freetown ; - ; -
SLV ; El Salvador ; - ; Salvadoran|Salvadorans|Salvadorean|Salvadoreans ; San Salvador ; - ; -
SMR ; San Marino ; Most Serene Republic of San Marino ; Sammarinese ; City of San Marino ; - ; -
SOM ; Somalia ; - ; Somali|Somalis|Somalian|Somalians ; Mogadishu ; Villa Somalia=GOV ; -
SPM ; Saint Pierre and Miquelon ; St Pierre and Miquelon|St. Pierre and Miquelon|Saint-Pierre-et-Miquelon ; - ; - ; - ; -
SRB ; Serbia ; - ; Serbian|Serbians|Serb|Serbs ; Belgrade ; - ; -
SSD ; South Sudan ; - ; South Sudanese ; Juba ; - ; -
STP ; Sao Tome and Principe ; São Tomé and Príncipe|São Tomé & Príncipe|Sao Tome & Principe ; Santomean|Santomeans|Sao Tomean|Sao Tomeans ; São Tomé ; - ; -
SUR ; Suriname ; Surinam ; Surinamese ; Paramaribo ; - ; Dutch Guiana
SVK ; Slovakia ; Slovak Republic ; Slovak|Slovaks|Slovakian|Slovakians ; Bratislava ; - ; -
SVN ; Slovenia ; - ; Slovenian|Slovenians|Slovene|Slovenes ; Ljubljana ; - ; -
SWE ; Sweden ; - ; Swedish|Swede|Swedes ; Stockholm ; Rosenbad=GOV ; -
SWZ ; Eswatini ; eSwatini|Kingdom of Eswatini ; Swazi|Swazis|Emaswati ; Mbabane ; - ; Swaziland
SXM ; Sint Maarten ; - ; - ; Philipsburg ; - ; -
SYC ; Seychelles ; the Seychelles ; Seychellois ; - ; - ; -
SYR ; Syria ; Syrian Arab Republic ; Syrian|Syrians ; Damascus ; - ; -
TCA ; Turks and Caicos Islands ; Turks and Caicos|Turks & Caicos ; - ; Cockburn Town ; - ; -
TCD ; Chad ; - ; Chadian|Chadians ; N'Djamena ; - ; -
TGO ; Togo ; Togolese Republic ; Togolese ; Lomé ; - ; -
THA ; Thailand ; - ; Thai|Thais ; Bangkok ; - ; Siam
TJK ; Tajikistan ; - ; Tajik|Tajiks|Tajikistani|Tajikistanis ; Dushanbe ; - ; -
TKL ; Tokelau ; - ; Tokelauan|Tokelauans ; - ; - ; -
TKM ; Turkmenistan ; - ; Turkmen|Turkmens|Turkmenistani ; Ashgabat ; - ; Turkmenia
TLS ; Timor-Leste ; East Timor ; Timorese|East Timorese ; Dili ; - ; -
TON ; Tonga ; - ; Tongan|Tongans ; Nukuʻalofa ; - ; -
TTO ; Trinidad and Tobago ; Trinidad & Tobago ; Trinidadian|Trinidadians|Tobagonian|Tobagonians ; Port of Spain ; - ; -
TUN ; Tunisia ; - ; Tunisian|Tunisians ; Tunis ; Carthage Palace=GOV ; -
TUR ; Turkey ; Türkiye|Turkiye|Republic of Turkey ; Turkish|Turk|Turks ; Ankara ; - ; -
TUV ; Tuvalu ; - ; Tuvaluan|Tuvaluans ; Funafuti ; - ; Ellice Islands
TWN ; Taiwan ; Republic of China|ROC|R.O.C.|Chinese Taipei ; Taiwanese ; Taipei ; - ; Formosa
TZA ; Tanzania ; - ; Tanzanian|Tanzanians ; Dodoma ; - ; -
UGA ; Uganda ; - ; Ugandan|Ugandans ; Kampala ; - ; -
UKR ; Ukraine ; - ; Ukrainian|Ukrainians ; Kyiv ; Bankova=GOV ; -
UMI ; United States Minor Outlying Islands ; U.S. Minor Outlying Islands|US Minor Outlying Islands ; - ; - ; - ; -
URY ; Uruguay ; - ; Uruguayan|Uruguayans ; Montevideo ; - ; -
USA ; United States ; United States of America|the United States|US|U.S.|USA|U.S.A.|America ; American|Americans ; Washington ; White House=GOV|Oval Office=GOV|Pentagon=MIL|Foggy Bottom=GOV|Capitol Hill=LEG|Langley=SPY|Wall Street=BUS ; -
UZB ; Uzbekistan ; - ; Uzbek|Uzbeks|Uzbekistani|Uzbekistanis ; Tashkent ; - ; -
VAT ; Holy See ; Vatican|the Vatican|Vatican City|Vatican City State ; - ; - ; Apostolic Palace=REL ; -
VCT ; Saint Vincent and the Grenadines ; St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent & the Grenadines|St Vincent & the Grenadines ; Vincentian|Vincentians ; Kingstown ; - ; -
VEN ; Venezuela ; - ; Venezuelan|Venezuelans ; Caracas ; Miraflores Palace=GOV ; -
VGB ; British Virgin Islands ; BVI ; - ; Road Town ; - ; -
VIR ; United States Virgin Islands ; U.S. Virgin Islands|US Virgin Islands|USVI ; - ; Charlotte Amalie ; - ; -
VNM ; Vietnam ; Viet Nam|Socialist Republic of Vietnam ; Vietnamese ; Hanoi ; - ; -
VUT ; Vanuatu ; - ; Ni-Vanuatu ; Port Vila ; - ; New Hebrides
WLF ; Wallis and Futuna ; Wallis & Futuna|Wallis-et-Futuna ; - ; Mata-Utu ; - ; -
WSM ; Samoa ; Independent State of Samoa ; Samoan|Samoans ; Apia ; - ; Western Samoa
YEM ; Yemen ; - ; Yemeni|Yemenis ; Sanaa ; - ; -
ZAF ; South Africa ; - ; South African|South Africans ; Pretoria ; Union Buildings=GOV ; -
ZMB ; Zambia ; - ; Zambian|Zambians ; Lusaka ; - ; Northern Rhodesia
ZWE ; Zimbabwe ; - ; Zimbabwean|Zimbabweans ; Harare ; - ; Rhodesia|Southern Rhodesia
XKX ; Kosovo ; Republic of Kosovo|Kosova ; Kosovar|Kosovars|Kosovan|Kosovans ; Pristina ; - ; -
"""

# States that are not UN members, with their status.
NON_MEMBERS = {
    "VAT": "observer", "PSE": "observer",
    "TWN": "other", "ESH": "other", "XKX": "other", "ATA": "other",
    "COK": "other", "NIU": "other",
}
TERRITORIES = """ABW AIA ALA ASM ATF BES BLM BMU BVT CCK CUW CXR CYM FLK FRO GGY GIB
GLP GRL GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK PCN PRI PYF REU
SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF""".split()

# Other spellings and former names of capitals.  docs/knowledge-base.md allows one
# value in the capital column, so these are written only with
# `build_geo_kb.py --capital-aliases` (capital column as "Kyiv|Kiev"), for when the
# format takes them.  Places.tsv does not repeat capitals.
CAPITAL_VARIANTS = {
    "UKR": "Kiev", "KAZ": "Nur-Sultan|Akmola|Tselinograd", "KGZ": "Frunze",
    "TKM": "Ashkhabad|Ashgabad", "MDA": "Chisinau|Kishinev", "GEO": "Tiflis",
    "YEM": "Sana'a|Sana", "MMR": "Nay Pyi Taw|Naypyitaw", "MNG": "Ulan Bator",
    "XKX": "Prishtina|Priština|Prishtinë", "ARM": "Erevan", "CHN": "Peking",
    "VNM": "Ha Noi", "IRN": "Teheran", "LBY": "Tarabulus",
    "USA": "Washington, D.C.|Washington D.C.|Washington DC|D.C.",
    "GRL": "Godthåb", "GUM": "Agana", "MEX": "Ciudad de México|CDMX",
    "BRA": "Brasilia", "COL": "Bogota", "CMR": "Yaounde", "PRY": "Asuncion",
    "TGO": "Lome", "ISL": "Reykjavik", "COD": "Léopoldville|Leopoldville",
    "TCD": "Ndjamena|N'Djaména|Fort-Lamy", "TWN": "Taipei City", "MDV": "Male",
    "BGD": "Dacca", "UZB": "Toshkent", "SRB": "Beograd", "MNE": "Titograd",
    "ALB": "Tirane|Tiranë", "CZE": "Praha", "POL": "Warszawa",
    "BEL": "Bruxelles|Brussel", "ITA": "Roma", "PRT": "Lisboa", "AUT": "Wien",
    "CHE": "Berne", "STP": "Sao Tome", "TON": "Nuku'alofa", "NCL": "Noumea",
    "FRO": "Torshavn", "HTI": "Port au Prince",
}
