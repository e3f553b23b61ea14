"""The Americas.  US states whose names collide (Georgia, Washington, New York)
appear only in unambiguous forms."""
PLACES = r"""
== USA city
New York City|New York|NYC|N.Y.C.
Los Angeles|L.A.
Chicago
Houston
Philadelphia|Philly
San Antonio
San Diego
Dallas
San Francisco
Seattle
Denver
Boston
Detroit
Nashville
Memphis
Las Vegas
Louisville
Baltimore
Milwaukee
Albuquerque
Tucson
Fresno
Sacramento
Kansas City
Atlanta
Miami
Omaha
Minneapolis
Tulsa
New Orleans
Honolulu
Anchorage
Pittsburgh
Cincinnati
St. Louis|St Louis|Saint Louis
Tampa
Indianapolis
Salt Lake City
El Paso
Laredo
McAllen
Brownsville
San Ysidro
Eagle Pass
Yuma
Key West
West Palm Beach
Palm Beach
Annapolis
Pensacola
Colorado Springs
Huntsville
Oklahoma City
Jacksonville
Fort Worth
Long Beach
Oakland
Newark
Jersey City
Hartford
Charlottesville
Raleigh
Minot
Fairbanks
Juneau
Boise
Spokane
Tacoma
Bremerton
Carson City
Santa Fe
Scottsdale
Flagstaff
Des Moines
Topeka
Wichita
Little Rock
Atlantic City
Trenton
Harrisburg
Dearborn
Ann Arbor
Uvalde
Kenosha
Waco
Quantico

== USA region
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
New York State|New York state|State of New York
Washington State|Washington state|State of Washington
U.S. state of Georgia|US state of Georgia
District of Columbia
Silicon Valley
New England
Midwest|the Midwest
Appalachia
Permian Basin
Southern California
Northern Virginia

== USA island
Aleutian Islands|Aleutians
Oahu
Maui
Long Island
Manhattan
Staten Island
Martha's Vineyard
Diomede|Little Diomede

== USA site
Mar-a-Lago
Camp David
Los Alamos|Los Alamos National Laboratory
Oak Ridge|Oak Ridge National Laboratory
Hanford|Hanford Site
Lawrence Livermore National Laboratory|Livermore
Sandia National Laboratories|Sandia
Area 51
Cape Canaveral|Cape Canaveral Space Force Station
Kennedy Space Center
White Sands Missile Range|White Sands
U.S. Capitol|US Capitol|United States Capitol
World Trade Center
JFK Airport|John F. Kennedy International Airport
Dulles International Airport|Washington Dulles International Airport
Reagan National Airport|Ronald Reagan Washington National Airport
Statue of Liberty
Three Mile Island
Pantex|Pantex Plant
Y-12 National Security Complex|Y-12
Savannah River Site
Fort Knox Bullion Depository
Alcatraz
Rikers Island|Rikers
ADX Florence|ADX Florence supermax
Trump Tower
National Mall
Lincoln Memorial
Hoover Dam
Mount Rushmore

== USA base
Fort Bragg|Fort Liberty
Fort Hood|Fort Cavazos
Fort Benning|Fort Moore
Fort Campbell
Fort Knox
Fort Bliss
Fort Sill
Fort Drum
Fort Polk|Fort Johnson
Fort Gordon|Fort Eisenhower
Fort Stewart
Fort Irwin|National Training Center
Fort Leavenworth
Fort Meade|Fort George G. Meade
Fort Huachuca
Fort Greely
Fort Carson
Fort Riley
Fort Lewis
Fort Belvoir
Fort Myer|Joint Base Myer-Henderson Hall
Fort Rucker|Fort Novosel
Fort A.P. Hill|Fort Walker
Camp Lejeune
Camp Pendleton
Marine Corps Base Quantico|MCB Quantico
Marine Corps Air Station Miramar|MCAS Miramar
Marine Corps Base Twentynine Palms|Twentynine Palms
Naval Station Norfolk|Norfolk naval base
Naval Base San Diego
Joint Base Pearl Harbor-Hickam|Pearl Harbor|Pearl Harbor-Hickam
Joint Base Andrews|Andrews Air Force Base
Joint Base Lewis-McChord|JBLM
Joint Base Elmendorf-Richardson|Elmendorf
Joint Base San Antonio|Lackland Air Force Base|Lackland
Joint Base Langley-Eustis|Langley Air Force Base
Offutt Air Force Base|Offutt
Minot Air Force Base
Whiteman Air Force Base|Whiteman
Barksdale Air Force Base|Barksdale
Dyess Air Force Base|Dyess
Ellsworth Air Force Base
F.E. Warren Air Force Base|F. E. Warren Air Force Base|Warren Air Force Base
Malmstrom Air Force Base|Malmstrom
Nellis Air Force Base|Nellis
Edwards Air Force Base
Eglin Air Force Base|Eglin
MacDill Air Force Base|MacDill
Eielson Air Force Base|Eielson
Vandenberg Space Force Base|Vandenberg Air Force Base|Vandenberg
Schriever Space Force Base|Schriever
Peterson Space Force Base|Peterson Air Force Base
Wright-Patterson Air Force Base|Wright-Patterson
Tinker Air Force Base
Davis-Monthan Air Force Base|Davis-Monthan
Luke Air Force Base
Hill Air Force Base
Seymour Johnson Air Force Base
Shaw Air Force Base
Tyndall Air Force Base
Hurlburt Field
Dover Air Force Base
McGuire Air Force Base|Joint Base McGuire-Dix-Lakehurst
Travis Air Force Base
Beale Air Force Base
Naval Submarine Base Kings Bay|Kings Bay
Naval Base Kitsap|Bangor submarine base
Naval Submarine Base New London|Groton submarine base
Naval Air Station Pensacola|NAS Pensacola
Naval Air Station Whidbey Island|Whidbey Island
Naval Air Station Oceana|NAS Oceana
Naval Air Station Key West
Naval Air Station Patuxent River|Patuxent River
Naval Station Great Lakes
Naval Station Mayport|Mayport
Naval Base Coronado
Naval Air Weapons Station China Lake|China Lake
Camp Atterbury
Fort Indiantown Gap
Redstone Arsenal
Aberdeen Proving Ground
Dugway Proving Ground
West Point|United States Military Academy
United States Naval Academy
Fort McNair

== GUM base
Andersen Air Force Base|Andersen AFB
Naval Base Guam|Apra Harbor

== GUM base
Camp Blaz|Marine Corps Base Camp Blaz

== GUM city
Dededo
Tamuning

== MNP island
Tinian

== ASM island
Tutuila
Manu'a Islands

== UMI island
Wake Island
Midway Atoll|Midway Island
Johnston Atoll
Palmyra Atoll
Howland Island
Baker Island

== PRI city
Ponce
Mayagüez|Mayaguez
Bayamón|Bayamon
Arecibo
Caguas

== PRI base
Roosevelt Roads|Naval Station Roosevelt Roads

== PRI island
Vieques
Culebra

== VIR island
St. Thomas
St. Croix|Saint Croix

== VGB island
Tortola
Virgin Gorda

== GRL city
Ilulissat
Sisimiut
Qaqortoq
Kangerlussuaq
Narsarsuaq
Tasiilaq
Aasiaat
Maniitsoq
Qaanaaq

== GRL base
Pituffik Space Base|Pituffik|Thule Air Base

== GRL site
Kvanefjeld|Kuannersuit
Tanbreez
Camp Century

== CAN city
Toronto
Montreal|Montréal
Vancouver
Calgary
Edmonton
Winnipeg
Quebec City|Québec City|Ville de Québec
Halifax
Saskatoon
Iqaluit
Whitehorse
Yellowknife
Fredericton
Charlottetown
Gatineau
Thunder Bay
Sudbury
Mississauga
Brampton
Burnaby
Kelowna
Kamloops
Nanaimo
Red Deer
Lethbridge
Fort McMurray
Moncton
Sherbrooke
Trois-Rivières|Trois-Rivieres
Longueuil
Oshawa
Guelph
Sault Ste. Marie
Akwesasne
Inuvik
Tuktoyaktuk
Cambridge Bay
Rankin Inlet
Happy Valley-Goose Bay|Goose Bay
Corner Brook

== CAN region
Ontario
Quebec|Québec
British Columbia|B.C.
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland and Labrador|Newfoundland|Labrador
Prince Edward Island|P.E.I.
Yukon
Northwest Territories
Nunavut
Canadian Arctic|Arctic Archipelago|Canadian Arctic Archipelago

== CAN base
CFB Trenton|Canadian Forces Base Trenton|8 Wing Trenton
CFB Esquimalt|Esquimalt
CFB Halifax
CFB Petawawa|Petawawa
CFB Cold Lake|Cold Lake|4 Wing Cold Lake
CFB Bagotville|Bagotville
CFB Goose Bay|5 Wing Goose Bay
CFS Alert|Canadian Forces Station Alert
CFB Edmonton
CFB Valcartier|Valcartier
CFB Gagetown|Gagetown

== CAN island
Vancouver Island
Baffin Island
Ellesmere Island
Cape Breton Island|Cape Breton

== MEX city
Guadalajara
Monterrey
Puebla City|Puebla de Zaragoza
Tijuana
Ciudad Juárez|Ciudad Juarez
Mexicali
Culiacán|Culiacan
Mazatlán|Mazatlan
Acapulco
Cancún|Cancun
Hermosillo
Saltillo
Torreón|Torreon
Morelia
Toluca
Tampico
Reynosa
Nuevo Laredo
Matamoros
Ciudad Obregón|Ciudad Obregon
Chilpancingo
Cuernavaca
Villahermosa
Tuxtla Gutiérrez|Tuxtla Gutierrez
Tapachula
Xalapa|Jalapa
Coatzacoalcos
Uruapan
Apatzingán|Apatzingan
Celaya
Irapuato
Tepic
Los Mochis
Ensenada
Rosarito|Playas de Rosarito
Agua Prieta
Piedras Negras
Ciudad Acuña|Ciudad Acuna
Tulum
Playa del Carmen
Iguala
Ecatepec
Chihuahua City
Oaxaca City|Oaxaca de Juárez
Durango City|Victoria de Durango
Zacatecas City
Veracruz City|Port of Veracruz
San Luis Potosí City|San Luis Potosi City
Aguascalientes City
Querétaro City|Santiago de Querétaro|Queretaro City
Ciudad Victoria
Ciudad Valles
Fresnillo
Caborca
San Luis Río Colorado|San Luis Rio Colorado
Sasabe
Ojinaga
Ciudad Mante
Poza Rica
Minatitlán|Minatitlan
Salina Cruz
Juchitán|Juchitan
San Cristóbal de las Casas|San Cristobal de las Casas
Comitán|Comitan
Frontera Comalapa
Palenque
Chetumal
Campeche City|San Francisco de Campeche
Zihuatanejo
Taxco
Chilapa
Tecomán|Tecoman
Zitácuaro|Zitacuaro
Guanajuato City
Silao
Guaymas
Navojoa
Badiraguato
Cosalá|Cosala
Tlatlaya
Nezahualcóyotl|Nezahualcoyotl|Ciudad Neza

== MEX region
Sinaloa
Sonora
Chihuahua|Chihuahua state
Coahuila
Nuevo León|Nuevo Leon
Tamaulipas
Baja California
Baja California Sur
Durango|Durango state
Zacatecas|Zacatecas state
Jalisco
Michoacán|Michoacan
Guerrero state
Oaxaca|Oaxaca state
Chiapas
Tabasco
Veracruz|Veracruz state
Puebla|Puebla state
Guanajuato|Guanajuato state
Querétaro|Queretaro
Hidalgo state
Morelos|Morelos state
State of Mexico|Mexico State|Estado de México|Edomex
Colima
Nayarit
Aguascalientes
San Luis Potosí|San Luis Potosi
Tlaxcala
Campeche
Yucatán|Yucatan|Yucatán state
Quintana Roo
Yucatán Peninsula|Yucatan Peninsula
Golden Triangle of Mexico|Mexican Golden Triangle
Tierra Caliente

== MEX site
Ayotzinapa|Ayotzinapa teachers' college
Altiplano prison|El Altiplano prison
Puente Grande
Dos Bocas|Dos Bocas refinery
Felipe Ángeles International Airport|Felipe Angeles airport|AIFA

== MEX island
Cozumel
Isla Mujeres
Islas Marías|Islas Marias

== GTM city
Quetzaltenango|Xela
Escuintla
Puerto Barrios
Cobán|Coban
Huehuetenango
Antigua Guatemala
Chimaltenango
Mazatenango
Retalhuleu
Tecún Umán|Tecun Uman
Mixco
Puerto Quetzal

== GTM region
Petén|Peten

== BLZ city
Belize City
San Ignacio
Orange Walk
Dangriga

== HND city
San Pedro Sula
La Ceiba
Choluteca
Comayagua
El Progreso
Danlí|Danli
Puerto Cortés|Puerto Cortes
Roatán|Roatan

== HND region
La Mosquitia|Mosquitia|Mosquito Coast

== HND base
Soto Cano Air Base|Soto Cano|Palmerola|José Enrique Soto Cano Air Base

== SLV city
Soyapango
Apopa
Mejicanos
Ilopango
Santa Tecla
Usulután|Usulutan
Sonsonate
Ahuachapán|Ahuachapan
Chalatenango
Zacatecoluca
Tecoluca

== SLV site
CECOT|Terrorism Confinement Center|Centro de Confinamiento del Terrorismo

== NIC city
Masaya
Matagalpa
Estelí|Esteli
Chinandega
Bluefields
Puerto Cabezas|Bilwi
Jinotega
Juigalpa
Corinto

== CRI city
Puerto Limón|Limon|Limón
Alajuela
Cartago
Puntarenas
Paso Canoas
Peñas Blancas|Penas Blancas

== PAN city
Colón
Santiago de Veraguas
Bocas del Toro
Metetí|Meteti
Yaviza
Bajo Chiquito

== PAN region
Darién Gap|Darien Gap|the Darién|Darién|Darien

== PAN sea
Panama Canal
Gatun Lake|Gatún Lake

== PAN site
Miraflores Locks
Gatun Locks|Gatún Locks
Agua Clara locks
Cocolí locks
Port of Balboa
Port of Cristóbal|Cristóbal

== CUB city
Santiago de Cuba
Camagüey|Camaguey
Matanzas
Pinar del Río|Pinar del Rio
Bayamo
Mariel
Varadero
Las Tunas
Sancti Spíritus|Sancti Spiritus
Ciego de Ávila|Ciego de Avila
Baracoa

== CUB base
Guantanamo Bay|Guantánamo Bay|Guantanamo|Guantánamo|Gitmo|Naval Station Guantanamo Bay|Guantanamo Bay naval base
Lourdes SIGINT station|Lourdes signals intelligence station
Bejucal|Bejucal base

== CUB site
Bay of Pigs|Playa Girón|Playa Giron
Isle of Youth|Isla de la Juventud
Combinado del Este

== HTI city
Cap-Haïtien|Cap-Haitien|Cap Haitien
Gonaïves|Gonaives
Les Cayes
Jacmel
Port-de-Paix
Saint-Marc|St-Marc
Jérémie|Jeremie
Hinche
Mirebalais
Croix-des-Bouquets
Pétion-Ville|Petion-Ville
Delmas
Tabarre
Kenscoff
Léogâne|Leogane
Arcahaie
Ouanaminthe
Petit-Goâve|Petit-Goave
Pont-Sondé|Pont-Sonde

== HTI district
Cité Soleil|Cite Soleil
Martissant
La Saline
Village de Dieu

== HTI region
Artibonite|Artibonite Department
Centre Department of Haiti|Plateau Central
Grand'Anse|Grand Anse
Nippes
Nord-Est Department

== HTI site
Toussaint Louverture International Airport|Port-au-Prince airport
Port-au-Prince port|Autorité Portuaire Nationale
Palais National|National Palace of Haiti
Varreux terminal|Varreux fuel terminal
Croix-des-Bouquets prison|Croix-des-Bouquets penitentiary
Port-au-Prince national penitentiary

== DOM city
Santiago de los Caballeros
La Romana
San Pedro de Macorís|San Pedro de Macoris
Puerto Plata
Punta Cana
Dajabón|Dajabon
Higüey|Higuey
San Francisco de Macorís|San Francisco de Macoris
Barahona
Jimaní|Jimani
Elías Piña|Elias Pina
Pedernales
Boca Chica

== JAM city
Montego Bay
Spanish Town
Portmore
Mandeville
Ocho Rios

== TTO city
Chaguanas
Arima
Point Fortin

== TTO site
Chaguaramas
Point Lisas

== TTO island
Trinidad
Tobago

== BHS island
New Providence
Grand Bahama
Abaco|Great Abaco
Eleuthera
Exuma
Bimini

== BHS city

== ABW city
San Nicolaas

== CUW city
Punda

== CUW base
Hato Air Base|Curaçao forward operating location

== BES island
Bonaire
Sint Eustatius|Statia

== GLP island
Basse-Terre island
Grande-Terre
Marie-Galante

== GLP city
Pointe-à-Pitre|Pointe-a-Pitre
Les Abymes

== MTQ city
Le Lamentin

== GUF city
Kourou
Saint-Laurent-du-Maroni
Maripasoula

== GUF site
Guiana Space Centre|Guiana Space Center|Centre Spatial Guyanais|Kourou spaceport

== KNA island
Saint Kitts|St Kitts|St. Kitts
Nevis

== ATG island
Antigua
Barbuda

== VCT island
St Vincent island
Bequia
Union Island
Canouan
Mustique

== GRD island
Carriacou

== DMA city

== LCA city
Vieux Fort
Gros Islet

== COL city
Medellín|Medellin
Cali
Barranquilla
Cartagena de Indias
Cúcuta|Cucuta
Bucaramanga
Santa Marta
Ibagué|Ibague
Pasto
Manizales
Villavicencio
Neiva
Popayán|Popayan
Montería|Monteria
Valledupar
Quibdó|Quibdo
Buenaventura
Tumaco
Riohacha
Mocoa
Yopal
San José del Guaviare|San Jose del Guaviare
Tibú|Tibu
Jamundí|Jamundi
Soacha
Itagüí|Itagui
Envigado
Sincelejo
Apartadó|Apartado
Necoclí|Necocli
Tuluá|Tulua
Maicao
Ocaña|Ocana
El Tarra
Sardinata
Puerto Asís|Puerto Asis
Puerto Carreño|Puerto Carreno
Saravena
Barrancabermeja
Santander de Quilichao
El Plateado
Toribío|Toribio
Ituango
La Macarena
San Vicente del Caguán|San Vicente del Caguan

== COL region
Antioquia
Cauca
Valle del Cauca
Nariño|Narino
Putumayo
Caquetá|Caqueta
Guaviare
Meta department
Norte de Santander
Arauca department
Chocó|Choco
La Guajira|Guajira
Huila
Tolima
Boyacá|Boyaca
Cundinamarca
Casanare
Vichada
Vaupés|Vaupes
Guainía|Guainia
Catatumbo
Urabá|Uraba|Gulf of Urabá
Bajo Cauca
Magdalena Medio
Montes de María|Montes de Maria
Sierra Nevada de Santa Marta

== COL base
Tolemaida|Fuerte Militar de Tolemaida
Palanquero Air Base|Palanquero|Germán Olano Air Base
Tres Esquinas
Larandia

== COL island
San Andrés|San Andres|San Andrés Island
Providencia

== VEN city
Maracaibo
Barquisimeto
Maracay
Ciudad Guayana|Puerto Ordaz|San Félix
Ciudad Bolívar|Ciudad Bolivar
Maturín|Maturin
Cumaná|Cumana
Puerto Cabello
La Guaira
Punto Fijo
Puerto Ayacucho
Tucupita
Guanare
San Fernando de Apure
Tumeremo
Santa Elena de Uairén|Santa Elena de Uairen
El Callao
Güiria|Guiria
Carúpano|Carupano
Porlamar
Puerto La Cruz
Anaco
Cabimas
Ciudad Ojeda
San Antonio del Táchira|San Antonio del Tachira
Guasdualito
El Amparo
Los Teques
Petare
Valle de la Pascua
Acarigua

== VEN region
Zulia
Táchira|Tachira
Apure
Bolívar State|Bolivar State|Bolívar state
Carabobo
Aragua
Anzoátegui|Anzoategui
Monagas
Delta Amacuro
Guárico|Guarico
Barinas|Barinas State
Falcón State|Falcon State
Lara State
Miranda State
Sucre State
Nueva Esparta
Cojedes
Yaracuy
Portuguesa State
Orinoco Belt|Orinoco Oil Belt|Faja del Orinoco
Orinoco Mining Arc|Arco Minero|Arco Minero del Orinoco

== VEN island
Margarita Island|Isla Margarita
La Orchila|La Orchila Island
Los Roques
Isla de Aves|Aves Island

== VEN site
El Helicoide|Helicoide
Fuerte Tiuna
La Carlota|La Carlota air base|Generalísimo Francisco de Miranda Air Base
El Libertador Air Base|Base Aérea El Libertador
Simón Bolívar International Airport|Maiquetía airport|Maiquetia
Amuay refinery|Amuay
Cardón refinery|Cardon refinery
Paraguaná Refining Center|Paraguana refinery
El Palito refinery
José terminal|Jose terminal|Jose Antonio Anzoategui complex
Rodeo I|Rodeo One|El Rodeo prison
Tocorón prison|Tocoron
Guri Dam

== GUY city
New Amsterdam
Lethem
Bartica
Anna Regina
Mabaruma
Port Kaituma

== SUR city
Nieuw Nickerie
Moengo
Albina

== ECU city
Guayaquil
Esmeraldas
Machala
Portoviejo
Ambato
Loja
Lago Agrio|Nueva Loja
Riobamba
Latacunga
Santo Domingo de los Tsáchilas|Santo Domingo de los Colorados
Durán
Tulcán|Tulcan

== ECU island
Galápagos Islands|Galapagos Islands|Galápagos|Galapagos

== ECU site
Penitenciaría del Litoral|Litoral penitentiary|Guayaquil prison

== PER city
Arequipa
Chiclayo
Piura
Iquitos
Cusco|Cuzco
Huancayo
Ayacucho
Puno
Tacna
Callao
Juliaca
Pucallpa
Chimbote
Cajamarca
Huánuco|Huanuco
Tumbes
Tarapoto
Puerto Maldonado
Chancay
Tingo María|Tingo Maria

== PER region
VRAEM
Upper Huallaga|Alto Huallaga

== PER site
Machu Picchu
Port of Chancay|Chancay port|Chancay megaport

== BOL city
La Paz
Santa Cruz de la Sierra
Cochabamba
El Alto
Oruro
Potosí|Potosi
Tarija
Cobija
Yacuiba
Riberalta
Villazón|Villazon
Uyuni

== BOL region
Chapare
Yungas

== CHL city
Valparaíso|Valparaiso
Antofagasta
Viña del Mar|Vina del Mar
Temuco
Iquique
Arica
Punta Arenas
Puerto Montt
La Serena
Rancagua
Talca
Calama
Coquimbo
Puerto Williams
Chillán|Chillan
Osorno
Valdivia
Copiapó|Copiapo
Colchane

== CHL region
Araucanía|Araucania|La Araucanía
Atacama Desert|Atacama
Magallanes

== CHL island
Easter Island|Rapa Nui|Isla de Pascua
Robinson Crusoe Island|Juan Fernández Islands
Chiloé|Chiloe Island

== ARG city
La Plata
San Miguel de Tucumán|Tucumán|Tucuman
Mar del Plata
Salta
Neuquén|Neuquen
Bahía Blanca|Bahia Blanca
Ushuaia
Río Gallegos|Rio Gallegos
Comodoro Rivadavia
Corrientes
San Salvador de Jujuy|Jujuy
Santiago del Estero
Puerto Madryn
Trelew
Viedma
San Carlos de Bariloche|Bariloche
Puerto Iguazú|Puerto Iguazu
Quilmes
Lomas de Zamora
La Matanza

== ARG region
Buenos Aires Province|Buenos Aires province
Chubut
Argentine Patagonia
Pampas

== ARG site
Vaca Muerta|Vaca Muerta shale
AMIA building|AMIA bombing site
Ezeiza International Airport|Ezeiza
Atucha nuclear power plant|Atucha
Espacio Lejano station|Neuquén space station

== URY city
Paysandú|Paysandu
Punta del Este
Colonia del Sacramento
Fray Bentos

== PRY city
Ciudad del Este
Encarnación|Encarnacion
Pedro Juan Caballero
Salto del Guairá|Salto del Guaira

== PRY site
Itaipu Dam|Itaipu|Itaipú
Yacyretá Dam|Yacyreta

== - region
Triple Frontier|Tri-Border Area|Triple Border
Gran Chaco
Patagonia
Amazon rainforest|Amazonia|Amazon basin|the Amazon
Tierra del Fuego
Andes|Andes Mountains
Arctic|Arctic region|High North
Antarctic Peninsula

== BRA city
São Paulo|Sao Paulo
Rio de Janeiro|Rio
Fortaleza
Belo Horizonte
Manaus
Curitiba
Recife
Porto Alegre
Belém|Belem
Goiânia|Goiania
Guarulhos
Campinas
São Luís|Sao Luis
Maceió|Maceio
Teresina
João Pessoa|Joao Pessoa
Florianópolis|Florianopolis
Cuiabá|Cuiaba
Campo Grande
Porto Velho
Boa Vista
Macapá|Macapa
Rio Branco
Foz do Iguaçu|Foz do Iguacu
Niterói|Niteroi
Petrópolis|Petropolis
Angra dos Reis
Duque de Caxias
Nova Iguaçu|Nova Iguacu
São Gonçalo|Sao Goncalo
Osasco
Santo André|Santo Andre
São Bernardo do Campo|Sao Bernardo do Campo
Ribeirão Preto|Ribeirao Preto
Sorocaba
Uberlândia|Uberlandia
Juiz de Fora
Londrina
Joinville
Caxias do Sul
Pelotas
Aracaju
Feira de Santana
Vitória da Conquista
Santarém|Santarem
Marabá|Maraba
Altamira
Tabatinga
Pacaraima
Corumbá|Corumba
Ponta Porã|Ponta Pora
Brasiléia|Brasileia
Atalaia do Norte
São Gabriel da Cachoeira

== BRA district
Rocinha
Complexo do Alemão|Complexo do Alemao
Maré|Complexo da Maré
Cidade de Deus|City of God
Copacabana
Ipanema
Barra da Tijuca
Jacarezinho

== BRA region
São Paulo state|Sao Paulo state
Rio de Janeiro state
Minas Gerais
Bahia
Rio Grande do Sul
Paraná state|Parana state
Santa Catarina state
Pernambuco
Ceará|Ceara
Pará|Para state
Amazonas state
Maranhão|Maranhao
Goiás|Goias
Mato Grosso
Mato Grosso do Sul
Roraima
Amapá|Amapa
Rondônia|Rondonia
Tocantins
Piauí|Piaui
Paraíba|Paraiba
Alagoas
Sergipe
Espírito Santo state|Espirito Santo state
Acre state
Rio Grande do Norte
Federal District of Brazil
Javari Valley|Vale do Javari
Yanomami territory|Yanomami Indigenous Territory
Northeast Brazil|Brazilian Northeast|Nordeste

== BRA site
Alcântara Launch Center|Alcantara Launch Center|Alcântara spaceport
Angra nuclear power plant|Angra 1|Angra 2|Angra 3
Itaguaí naval base|Itaguai
Três Poderes Square|Three Powers Plaza|Praça dos Três Poderes
Galeão International Airport|Galeão|Rio de Janeiro airport
Guarulhos International Airport|São Paulo–Guarulhos airport
Belo Monte Dam|Belo Monte

== BRA island
Fernando de Noronha
Marajó|Marajo
Trindade and Martim Vaz
"""
