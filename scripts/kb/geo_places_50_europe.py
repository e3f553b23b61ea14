"""Western, Central, Northern and South-Eastern Europe (the east is in geo_places_10)."""
PLACES = r"""
== GBR city
Manchester
Liverpool
Leeds
Glasgow
Edinburgh
Belfast
Cardiff
Bristol
Sheffield
Newcastle upon Tyne
Nottingham
Leicester
Southampton
Portsmouth
Plymouth
Aberdeen
Dundee
Inverness
Derry|Londonderry
Swansea
Brighton
Coventry
Salisbury
Dover
Folkestone
Southport
Bradford
Wolverhampton
Stoke-on-Trent
Sunderland
Middlesbrough
Rotherham
Huddersfield
Blackpool
Norwich
Exeter
Gloucester
Cheltenham
Stirling
Newry
Lisburn
Omagh
Armagh
Holyhead
Dumfries

== GBR region
England
Scotland
Wales
Northern Ireland
Salisbury Plain
Scottish Highlands
Cornwall
Yorkshire
Lancashire
Merseyside
Greater Manchester
Northumberland
Cumbria
West Midlands
East Midlands

== GBR island
Shetland|Shetland Islands
Orkney|Orkney Islands
Outer Hebrides|Hebrides|Western Isles
Isle of Wight
Anglesey

== GBR site
Heathrow|Heathrow Airport
Gatwick|Gatwick Airport
Stansted Airport
Porton Down
Aldermaston|Atomic Weapons Establishment
Sellafield
Hinkley Point|Hinkley Point C
Belmarsh|Belmarsh prison
Buckingham Palace
Houses of Parliament|Palace of Westminster
Lancaster House
Chequers
Sandhurst|Royal Military Academy Sandhurst

== GBR base
Faslane|HMNB Clyde|Clyde naval base
RAF Brize Norton|Brize Norton
RAF Lakenheath|Lakenheath
RAF Mildenhall|Mildenhall
RAF Fairford|Fairford
RAF Akrotiri|Akrotiri
Dhekelia|Dhekelia Garrison
RAF Menwith Hill|Menwith Hill
Northwood Headquarters|Northwood HQ|Permanent Joint Headquarters
HMNB Devonport|Devonport naval base
HMNB Portsmouth|Portsmouth naval base
RAF Coningsby|Coningsby
RAF Lossiemouth|Lossiemouth
RAF Marham|Marham
RAF Fylingdales|Fylingdales
Catterick Garrison|Catterick
Tidworth
Aldershot

== FLK base
RAF Mount Pleasant|Mount Pleasant Complex|Mount Pleasant air base

== SGS island
South Georgia|South Georgia Island
South Sandwich Islands

== IRL city
Cork
Limerick
Galway
Waterford
Dundalk
Drogheda
Sligo
Letterkenny
Kilkenny

== IRL site
Shannon Airport
Dublin Airport

== FRA city
Marseille|Marseilles
Lyon
Toulouse
Nantes
Strasbourg
Montpellier
Bordeaux
Lille
Rennes
Reims|Rheims
Toulon
Grenoble
Dijon
Le Havre
Cherbourg
Calais
Dunkirk|Dunkerque
Perpignan
Bayonne
Ajaccio
Bastia
Avignon
Metz
Mulhouse
Orléans|Orleans
Limoges
Clermont-Ferrand
Saint-Étienne|Saint-Etienne
Le Mans
Amiens
Caen
Rouen
Poitiers
Besançon|Besancon
Biarritz
Cannes
Lourdes
Versailles
Nanterre
Créteil|Creteil
Grande-Synthe
Sangatte
Boulogne-sur-Mer
Arras
Nîmes|Nimes
Aix-en-Provence
La Rochelle
Brest naval base
Lorient
Saint-Nazaire
Évry|Evry
Argenteuil
Montreuil
Aubervilliers
Bobigny
Trappes
Sevran

== FRA region
Corsica|Corse
Brittany|Bretagne
Normandy|Normandie
Alsace
Provence
Île-de-France|Ile-de-France|Paris region
Occitanie|Occitania
Nouvelle-Aquitaine
Hauts-de-France
Grand Est
Auvergne-Rhône-Alpes|Auvergne-Rhone-Alpes
Bourgogne-Franche-Comté|Bourgogne-Franche-Comte|Burgundy
Pays de la Loire
Centre-Val de Loire
Provence-Alpes-Côte d'Azur|Provence-Alpes-Cote d'Azur|PACA
Côte d'Azur|Cote d'Azur|French Riviera
Seine-Saint-Denis
Savoie
Dordogne
Vendée|Vendee

== FRA site
Eiffel Tower
Charles de Gaulle Airport|Roissy-Charles de Gaulle|Roissy
Orly|Orly Airport
La Hague|La Hague reprocessing plant
Flamanville|Flamanville nuclear plant
Notre-Dame|Notre-Dame de Paris|Notre Dame Cathedral
Bataclan
Champs-Élysées|Champs-Elysees
Louvre

== FRA base
Île Longue|Ile Longue
Istres air base|Istres-Le Tubé
Saint-Dizier air base|Saint-Dizier
Mont-de-Marsan air base
Solenzara air base
Évreux air base|Evreux air base
Avord air base
Luxeuil air base
Mourmelon|Mourmelon camp
Camp de Canjuers|Canjuers

== DEU city
Hamburg
Munich|München|Muenchen
Cologne|Köln
Frankfurt|Frankfurt am Main
Stuttgart
Düsseldorf|Dusseldorf|Duesseldorf
Leipzig
Dortmund
Essen
Bremen
Dresden
Hanover|Hannover
Nuremberg|Nürnberg
Duisburg
Bochum
Wuppertal
Bielefeld
Bonn
Münster
Karlsruhe
Mannheim
Augsburg
Wiesbaden
Kiel
Rostock
Magdeburg
Mainz
Erfurt
Potsdam
Saarbrücken|Saarbrucken
Chemnitz
Freiburg
Heidelberg
Ulm
Ingolstadt
Regensburg
Würzburg|Wurzburg
Lübeck|Lubeck
Solingen
Aachen
Wolfsburg
Passau
Görlitz|Gorlitz
Gelsenkirchen
Mönchengladbach
Oberhausen
Krefeld
Halle (Saale)|Halle an der Saale
Kassel
Braunschweig
Oldenburg
Osnabrück|Osnabruck
Wilhelmshaven
Cottbus
Frankfurt (Oder)|Frankfurt an der Oder
Hanau
Zwickau
Jena
Gera
Bautzen
Schwerin
Greifswald
Stralsund
Lubmin
Kaiserslautern
Landstuhl
Unterlüß|Unterluess

== DEU region
Bavaria|Bayern
Baden-Württemberg|Baden-Wurttemberg
North Rhine-Westphalia|NRW|Nordrhein-Westfalen
Lower Saxony|Niedersachsen
Hesse|Hessen
Saxony|Sachsen
Saxony-Anhalt|Sachsen-Anhalt
Thuringia|Thüringen|Thuringen
Brandenburg
Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Mecklenburg-West Pomerania
Schleswig-Holstein
Rhineland-Palatinate|Rheinland-Pfalz
Saarland
Ruhr|Ruhr area|Ruhr valley
Rhineland

== DEU base
Ramstein Air Base|Ramstein|Ramstein airbase
Spangdahlem Air Base|Spangdahlem
Büchel Air Base|Büchel|Buchel Air Base|Buechel
Grafenwöhr|Grafenwoehr|Grafenwöhr Training Area
Hohenfels Training Area|Hohenfels
Geilenkirchen|NATO Air Base Geilenkirchen
Clay Kaserne
Patch Barracks
Kelley Barracks
Vilseck
Baumholder
Nörvenich Air Base|Norvenich Air Base
Jagel|Schleswig Air Base

== DEU site
Brandenburg Gate
Reichstag building
Landstuhl Regional Medical Center
Berlin Brandenburg Airport|BER airport
Frankfurt Airport

== ITA city
Milan|Milano
Naples|Napoli
Turin|Torino
Palermo
Genoa|Genova
Bologna
Bari
Catania
Venice|Venezia
Verona
Messina
Padua|Padova
Trieste
Brescia
Taranto
Reggio Calabria
Cagliari
Livorno
Pisa
Perugia
Ancona
La Spezia
Salerno
Brindisi
Trapani
Crotone
Vicenza
Bergamo
Modena
Parma
Rimini
Monza
Como
Udine
Bolzano
Trento
Pescara
L'Aquila
Foggia
Lecce
Sassari
Olbia
Gela
Agrigento
Ragusa
Cutro
Gorizia

== ITA region
Sicily|Sicilia
Sardinia|Sardegna
Lombardy|Lombardia
Calabria
Campania
Puglia|Apulia
Tuscany|Toscana
Veneto
Piedmont|Piemonte
Lazio|Latium
Emilia-Romagna
Liguria
Friuli Venezia Giulia|Friuli-Venezia Giulia
Trentino-Alto Adige|Trentino-South Tyrol
South Tyrol|Alto Adige
Umbria
Marche|the Marches
Abruzzo
Molise
Basilicata
Aosta Valley|Valle d'Aosta

== ITA island
Lampedusa
Pantelleria
Elba
Linosa

== ITA base
Aviano Air Base|Aviano
Naval Air Station Sigonella|Sigonella|NAS Sigonella
Ghedi Air Base|Ghedi
Camp Darby
Caserma Ederle|Camp Ederle
Vicenza Del Din|Caserma Del Din
Gioia del Colle Air Base|Gioia del Colle
Amendola Air Base
Trapani Air Base|Trapani-Birgi

== ITA mountain
Mount Etna|Etna
Vesuvius|Mount Vesuvius
Apennines|Apennine Mountains
Dolomites

== ITA site
Fiumicino Airport|Leonardo da Vinci–Fiumicino Airport|Fiumicino
Malpensa Airport|Malpensa

== ESP city
Barcelona
Seville|Sevilla
Zaragoza|Saragossa
Málaga|Malaga
Palma de Mallorca|Palma de Majorca
Las Palmas|Las Palmas de Gran Canaria
Bilbao
Alicante
Valladolid
Vigo
Gijón|Gijon
A Coruña|La Coruña|A Coruna|Corunna
Vitoria-Gasteiz|Vitoria Gasteiz
Pamplona
San Sebastián|San Sebastian|Donostia
Cádiz|Cadiz
Algeciras
Almería|Almeria
Huelva
Tarragona
Girona|Gerona
Lleida|Lerida
Badajoz
Santa Cruz de Tenerife
Oviedo
Logroño|Logrono
Burgos
Murcia
Marbella
Benidorm
Jerez de la Frontera|Jerez
Torrejón de Ardoz
Terrassa
L'Hospitalet de Llobregat|Hospitalet
Badalona
Tarifa
La Línea de la Concepción|La Linea

== ESP region
Catalonia|Catalunya|Cataluña
Basque Country|Euskadi|País Vasco|Pais Vasco
Andalusia|Andalucía|Andalucia
Canary Islands|Canaries|Canarias
Balearic Islands|Balearics|Baleares
Castile and León|Castilla y León|Castile and Leon|Castilla y Leon
Castilla-La Mancha|Castile-La Mancha
Extremadura
Aragon|Aragón
Asturias
Cantabria
Navarre|Navarra
Region of Murcia|Murcia region
Valencian Community|Comunitat Valenciana|Valencia region
Community of Madrid|Madrid region
Spanish Galicia

== ESP island
Tenerife
Gran Canaria
Lanzarote
Fuerteventura
Mallorca|Majorca
Ibiza
Menorca|Minorca
El Hierro
La Palma
Alboran Island|Alborán

== ESP base
Naval Station Rota|Rota naval base|Rota Naval Base
Morón Air Base|Moron Air Base
Torrejón Air Base|Torrejon Air Base

== PRT city
Porto|Oporto
Braga
Coimbra
Faro
Funchal
Setúbal|Setubal
Aveiro
Évora|Evora
Sines
Ponta Delgada

== PRT island
Azores|Açores
Madeira

== PRT base
Lajes Field|Lajes Air Base|Lajes

== NLD city
Rotterdam
The Hague|Den Haag|'s-Gravenhage
Utrecht
Eindhoven
Groningen
Tilburg
Almere
Breda
Nijmegen
Maastricht
Arnhem
Leiden
Haarlem
Delft
Den Helder
Leeuwarden
Zwolle
Enschede
Vlissingen

== NLD base
Volkel Air Base|Volkel
Leeuwarden Air Base

== NLD site
Schiphol|Schiphol Airport|Amsterdam Airport Schiphol
Port of Rotterdam|Rotterdam port|Europoort
Peace Palace

== NLD region
Groningen province
North Holland|Noord-Holland
South Holland|Zuid-Holland
Friesland|Fryslân

== BEL city
Antwerp|Antwerpen|Anvers
Ghent
Charleroi
Liège|Liege|Luik
Bruges|Brugge
Namur
Leuven|Louvain
Mons
Mechelen|Malines
Ostend|Oostende
Zeebrugge
Kortrijk|Courtrai
Hasselt
Genk

== BEL district
Molenbeek|Molenbeek-Saint-Jean|Sint-Jans-Molenbeek
Schaerbeek
Anderlecht
Ixelles

== BEL region
Flanders|Vlaanderen
Wallonia|Wallonie

== BEL base
Kleine Brogel|Kleine-Brogel Air Base|Kleine Brogel Air Base
Florennes Air Base|Florennes
Chièvres Air Base|Chievres
Casteau

== BEL site
Brussels Airport|Zaventem
Berlaymont|Berlaymont building
Doel nuclear power station
Tihange nuclear power station|Tihange

== LUX city
Esch-sur-Alzette

== CHE city
Zurich|Zürich
Geneva|Genève|Geneve
Basel|Basle
Lausanne
Lucerne|Luzern
Lugano
St. Gallen|Sankt Gallen|St Gallen
Winterthur
Davos
Montreux
Biel|Bienne
Thun
Chur
Neuchâtel|Neuchatel
Fribourg

== CHE site
Bürgenstock|Burgenstock|Bürgenstock resort
Palais des Nations

== AUT city
Graz
Linz
Salzburg
Innsbruck
Klagenfurt
Villach
Wels
St. Pölten|Sankt Pölten|St Polten
Bregenz
Eisenstadt

== AUT region
Carinthia|Kärnten|Karnten
Styria|Steiermark
Vorarlberg
Burgenland
Upper Austria
Lower Austria
Tyrol|Tirol

== DNK city
Aarhus|Århus
Odense
Aalborg|Ålborg
Esbjerg
Randers
Kolding
Horsens
Vejle
Roskilde
Helsingør|Elsinore

== DNK region
Jutland|Jylland
Zealand|Sjælland

== DNK island
Bornholm
Funen|Fyn
Christiansø|Christianso

== DNK base
Skrydstrup Air Base|Skrydstrup
Karup Air Base|Karup
Aalborg Air Base

== NOR city
Bergen
Trondheim
Stavanger
Tromsø|Tromso
Bodø|Bodo
Kirkenes
Narvik
Kristiansand
Ålesund|Alesund
Hammerfest
Harstad
Vardø|Vardo
Drammen
Fredrikstad
Sandnes

== NOR region
Finnmark
Troms
Nordland
Lofoten|Lofoten Islands

== NOR base
Andøya|Andoya|Andøya Air Station|Andøya Space
Ørland Air Base|Orland Air Base|Ørland
Evenes Air Station|Evenes
Haakonsvern|Haakonsvern naval base
Rygge Air Station|Rygge
Bardufoss
Setermoen
Olavsvern

== NOR site
Troll gas field|Troll field
Johan Sverdrup oil field|Johan Sverdrup
Hammerfest LNG|Melkøya|Melkoya
Globus radar|Globus II|Vardø radar

== SJM island
Svalbard|Spitsbergen
Jan Mayen
Bear Island|Bjørnøya

== SWE city
Gothenburg|Göteborg|Goteborg
Malmö|Malmo
Uppsala
Västerås|Vasteras
Örebro|Orebro
Linköping|Linkoping
Helsingborg
Norrköping|Norrkoping
Umeå|Umea
Luleå|Lulea
Kiruna
Karlskrona
Visby
Jönköping|Jonkoping
Södertälje|Sodertalje
Sundsvall
Gävle|Gavle
Borås|Boras
Kalmar
Halmstad
Karlstad
Östersund|Ostersund
Boden
Haparanda

== SWE island
Gotland
Öland|Oland

== SWE base
Ronneby Air Base|F 17 Kallinge
Luleå-Kallax Air Base|Kallax
Karlsborg|Karlsborg Air Base
Muskö|Musko naval base
Berga naval base

== FIN city
Espoo
Tampere
Vantaa
Oulu
Turku|Åbo
Jyväskylä|Jyvaskyla
Lahti
Kuopio
Pori
Joensuu
Lappeenranta
Kotka
Hamina
Imatra
Rovaniemi
Kajaani
Kuusamo
Salla
Ivalo
Vaasa
Seinäjoki|Seinajoki
Mikkeli
Porvoo
Hanko
Hyvinkää|Hyvinkaa
Kouvola

== FIN region
Finnish Lapland
North Karelia
South Karelia
Kainuu
Uusimaa

== FIN site
Olkiluoto|Olkiluoto nuclear plant|Olkiluoto 3
Loviisa nuclear plant|Loviisa
Vaalimaa|Vaalimaa border crossing
Nuijamaa|Nuijamaa border crossing
Vartius|Vartius border crossing
Raja-Jooseppi
Balticconnector|Balticconnector pipeline
Helsinki Airport|Helsinki-Vantaa Airport

== FIN base
Rovaniemi Air Base
Rissala|Kuopio-Rissala Air Base
Santahamina

== ISL city
Akureyri
Keflavík|Keflavik
Reykjanesbær|Reykjanesbaer
Grindavík|Grindavik

== ISL base
Keflavik Air Base|Naval Air Station Keflavik|Keflavík Air Base

== CZE city
Brno
Ostrava
Plzeň|Plzen|Pilsen
Liberec
Olomouc
České Budějovice|Ceske Budejovice|Budweis
Hradec Králové|Hradec Kralove
Pardubice
Ústí nad Labem|Usti nad Labem
Karlovy Vary
Zlín|Zlin
Havlíčkův Brod

== CZE region
Bohemia
Moravia
Czech Silesia

== CZE site
Vrbětice|Vrbetice|Vrbětice ammunition depot
Temelín|Temelin|Temelín nuclear power plant
Dukovany|Dukovany nuclear power plant

== SVK city
Košice|Kosice
Prešov|Presov
Žilina|Zilina
Nitra
Banská Bystrica|Banska Bystrica
Trnava
Trenčín|Trencin
Michalovce
Poprad
Vyšné Nemecké|Vysne Nemecke

== SVK base
Sliač Air Base|Sliac Air Base|Sliač
Malacky Air Base|Kuchyňa Air Base

== SVK site
Mochovce|Mochovce nuclear plant
Bohunice|Jaslovské Bohunice

== HUN city
Debrecen
Szeged
Miskolc
Pécs|Pecs
Győr|Gyor
Nyíregyháza|Nyiregyhaza
Kecskemét|Kecskemet
Székesfehérvár|Szekesfehervar
Szombathely
Sopron
Eger
Záhony|Zahony
Röszke|Roszke

== HUN base
Pápa Air Base|Papa Air Base|Pápa
Kecskemét Air Base|Kecskemet Air Base

== HUN site
Paks Nuclear Power Plant|Paks|Paks II
Hungarian Parliament Building

== ROU city
Cluj-Napoca|Cluj
Timișoara|Timisoara
Iași|Iasi
Constanța|Constanta|Constantsa
Craiova
Brașov|Brasov
Galați|Galati
Ploiești|Ploiesti
Oradea
Brăila|Braila
Sibiu
Suceava
Tulcea
Bacău|Bacau
Baia Mare
Satu Mare
Pitești|Pitesti
Botoșani|Botosani
Sighetu Marmației|Sighet
Isaccea
Siret
Sulina
Mangalia
Medgidia
Focșani|Focsani
Vaslui
Buzău|Buzau
Târgu Mureș|Targu Mures
Alba Iulia

== ROU region
Transylvania
Wallachia
Danube Delta
Dobruja|Dobrogea

== ROU base
Mihail Kogălniceanu Air Base|Mihail Kogalniceanu Air Base|MK Air Base|Mihail Kogălniceanu
Deveselu|Aegis Ashore Deveselu|Deveselu base
Câmpia Turzii Air Base|Campia Turzii Air Base|Câmpia Turzii
Fetești Air Base|Fetesti Air Base
Cincu|Cincu training ground
Smârdan|Smardan training ground

== ROU site
Cernavodă Nuclear Power Plant|Cernavoda|Cernavodă
Plauru
Port of Constanța|Constanta port

== BGR city
Plovdiv
Varna
Burgas
Rousse
Stara Zagora
Pleven
Sliven
Dobrich
Shumen
Haskovo
Yambol
Blagoevgrad
Kardzhali
Vidin
Svilengrad
Karlovo
Kazanlak

== BGR base
Novo Selo Training Area|Novo Selo
Graf Ignatievo Air Base|Graf Ignatievo
Bezmer Air Base|Bezmer
Krumovo Air Base

== BGR site
Kozloduy|Kozloduy Nuclear Power Plant
Belene|Belene nuclear plant
Kapitan Andreevo|Kapitan Andreevo border crossing
Arsenal Kazanlak

== GRC city
Thessaloniki|Salonica|Salonika
Piraeus
Patras
Heraklion|Iraklion|Iraklio
Larissa
Volos
Ioannina
Chania
Alexandroupolis|Alexandroupoli
Kavala
Kalamata
Komotini
Xanthi
Serres
Lamia
Kozani
Kastoria
Florina
Orestiada

== GRC region
Attica|Attiki
Peloponnese|Peloponnesus
Central Macedonia|Greek Macedonia
Western Thrace|Greek Thrace
Epirus
Thessaly
Evros|Evros region

== GRC island
Crete
Rhodes
Lesbos|Lesvos
Samos
Chios
Kos
Corfu|Kerkyra
Kastellorizo|Megisti
Leros
Lemnos|Limnos
Santorini|Thira
Mykonos
Euboea|Evia
Cephalonia|Kefalonia
Zakynthos|Zante
Farmakonisi
Agathonisi
Gavdos

== GRC base
Souda Bay|Naval Support Activity Souda Bay|NSA Souda Bay|Souda naval base
Larissa Air Base
Andravida Air Base|Andravida
Araxos Air Base|Araxos
Tanagra Air Base|Tanagra

== GRC mountain
Mount Athos
Mount Olympus

== CYP city
Limassol
Larnaca
Paphos
Famagusta|Gazimağusa|Gazimagusa|Ammochostos
Kyrenia|Girne
Morphou|Güzelyurt|Guzelyurt
Ayia Napa
Protaras

== CYP site
Varosha
Larnaca International Airport|Larnaca airport
Paphos International Airport|Paphos airport

== CYP base
Andreas Papandreou Air Base|Paphos air base
Evangelos Florakis Naval Base|Mari naval base

== MLT island
Gozo
Comino

== MLT city
Marsaxlokk
Birżebbuġa|Birzebbuga
Sliema
Mdina
Birkirkara

== SRB city
Novi Sad
Niš|Nis
Kragujevac
Subotica
Zrenjanin
Pančevo|Pancevo
Čačak|Cacak
Kraljevo
Novi Pazar
Smederevo
Leskovac
Vranje
Šabac|Sabac
Valjevo
Preševo|Presevo
Bujanovac
Sremska Mitrovica
Sombor
Kikinda
Užice|Uzice
Raška|Raska

== SRB region
Vojvodina
Preševo Valley|Presevo Valley
Sandžak|Sandzak|Raška region

== SRB base
Batajnica Air Base|Batajnica

== XKX city
Prizren
Peja|Peć|Pec
Mitrovica|Kosovska Mitrovica|South Mitrovica
North Mitrovica|Mitrovica North|Kosovska Mitrovica North
Gjilan|Gnjilane
Ferizaj|Uroševac|Urosevac
Gjakova|Đakovica|Djakovica|Gjakovë
Podujevo|Podujeva
Vushtrri|Vučitrn|Vucitrn
Zvečan|Zvecan
Leposavić|Leposavic
Zubin Potok
Gračanica|Gracanica
Suva Reka|Suhareka
Lipjan|Lipljan
Obilić|Obiliq
Kaçanik|Kacanik
Dragash|Dragas
Štrpce|Strpce|Shtërpcë
Skenderaj|Srbica
Glogovac|Drenas
Rahovec|Orahovac
Malisheva|Mališevo
Istog|Istok
Klina
Deçan|Dečani|Decani

== XKX region
North Kosovo|northern Kosovo
Drenica

== XKX site
Banjska|Banjska monastery
Jarinje|Jarinje crossing|Jarinje border crossing
Brnjak|Brnjak crossing
Gazimestan
Ibar bridge|Mitrovica bridge
Visoki Dečani|Visoki Decani monastery
Pristina International Airport|Pristina airport|Adem Jashari airport

== XKX base
Camp Bondsteel|Bondsteel
Camp Film City

== BIH city
Banja Luka
Tuzla
Zenica
Mostar
Bijeljina
Brčko|Brcko
Srebrenica
Prijedor
Bihać|Bihac
Trebinje
Doboj
Goražde|Gorazde
Višegrad|Visegrad
Foča|Foca
Livno
Zvornik
Vitez
Bugojno
Travnik
Konjic
Jajce
Velika Kladuša|Velika Kladusa
Stolac
Čapljina|Capljina
Neum
Istočno Sarajevo|East Sarajevo
Bratunac

== BIH region
Republika Srpska|Serb Republic|Bosnian Serb Republic
Federation of Bosnia and Herzegovina|Bosniak-Croat Federation|Federation of BiH
Brčko District|Brcko District
Herzegovina
Bosnian Krajina

== BIH site
Potočari|Potocari|Srebrenica-Potočari Memorial
Butmir|Camp Butmir
Old Bridge of Mostar|Stari Most

== HRV city
Rijeka
Osijek
Zadar
Pula
Dubrovnik
Vukovar
Šibenik|Sibenik
Karlovac
Slavonski Brod
Knin
Varaždin|Varazdin
Sisak
Vinkovci
Petrinja
Glina
Gospić|Gospic
Makarska
Ploče|Ploce

== HRV region
Slavonia
Dalmatia
Istria
Lika

== HRV island
Krk
Hvar
Brač|Brac
Korčula|Korcula

== HRV site
Krk LNG terminal|Omišalj LNG terminal

== SVN city
Maribor
Koper|Capodistria
Celje
Kranj
Nova Gorica
Novo Mesto
Ptuj
Velenje
Krško|Krsko

== SVN site
Krško Nuclear Power Plant|Krsko nuclear plant

== MNE city
Nikšić|Niksic
Budva
Kotor
Herceg Novi
Cetinje
Bijelo Polje
Ulcinj
Pljevlja
Tivat
Rožaje|Rozaje
Berane
Danilovgrad

== MKD city
Kumanovo
Bitola
Tetovo
Ohrid
Prilep
Štip|Stip
Gostivar
Veles
Strumica
Kičevo|Kicevo
Struga
Gevgelija
Kočani|Kocani
Kavadarci
Debar
Kriva Palanka
Aračinovo|Aracinovo
Lipkovo

== MKD base
Krivolak|Krivolak training area
Petrovec air base

== ALB city
Durrës|Durres
Vlorë|Vlore|Vlora
Shkodër|Shkoder|Shkodra
Elbasan
Korçë|Korce|Korca
Fier
Berat
Gjirokastër|Gjirokaster|Gjirokastra
Sarandë|Sarande|Saranda
Kukës|Kukes
Lezhë|Lezhe|Lezha
Shëngjin|Shengjin
Pogradec
Kavajë|Kavaje
Lushnjë|Lushnje
Tropojë|Tropoja

== ALB site
Gjadër|Gjader|Gjadër centre
Porto Romano
Sazan Island|Sazan

== ALB base
Kuçova Air Base|Kucova Air Base|Kuçovë|Kucova
Pashaliman naval base|Pashaliman

== AND city
Escaldes-Engordany

== MCO district
Monte Carlo
Fontvieille

== LIE city
Schaan

== SMR city
Serravalle
Borgo Maggiore

== VAT site
St. Peter's Basilica|Saint Peter's Basilica|St Peter's Basilica
St. Peter's Square|Saint Peter's Square|St Peter's Square
Sistine Chapel


== FRO island
Streymoy
Eysturoy

== FRO city
Klaksvík|Klaksvik

== GIB site
Rock of Gibraltar
Gibraltar naval base|HMNB Gibraltar
Gibraltar airport

== GGY island
Alderney
Sark


"""
