"""Given names from the US Census Bureau's 1990 first-name lists (public domain),
without English words, common surnames and places; built by
`scripts/given_names.py`, which says how. Generated: do not edit."""

# (words in strings, split on loading: cheaper to load than a literal dict or set)
MALE = """
abdul abe abram adalberto adan adolfo adolph agustin alberto alden aldo alec alejandro
alex alfonzo alfredo alphonse alphonso alton alvaro alvin amado andreas andy anibal
antione anton antone antony antwan arden arlen arlie armand armando arnoldo arnulfo aron
arron arturo augustus aurelio benito bernardo bert boris bradly branden brendan brendon
brenton brian bryce bryon buddy byron caleb carlo carmelo cedric cedrick cesar charley
chas chauncey chet christoper claud claude claudio cletus clint clyde colton columbus
cory cristobal cristopher cyril cyrus damian damien damion danial danilo danny dante
darell daren darin dario darius daron darrel darrell darren darrick darrin darron darryl
darwin daryl dave deandre deangelo delbert delmar delmer demarcus demetrius denis derek
derick deshawn desmond dewayne diego dino domenic dominic donn donny donte doug duane
dustin dwain dwayne dwight dylan eddie edgardo edison edmund edmundo eduardo edwardo
edwin efrain efren elbert elden eldon eli elijah eliseo elmer elmo eloy elroy elton
elvin elvis elwood emil emile emilio emmett emmitt emory enoch enrique erasmo erich
erick erik ernesto ernie errol esteban ethan eugene eugenio eusebio evan everette
ezekiel ezequiel ezra faustino fausto federico felipe ferdinand fermin fernando fidel
filiberto florencio florentino francesco franklyn freddy frederic fredric galen garfield
garry genaro gene geoffrey geraldo gerardo gilberto gino giovanni giuseppe gonzalo graig
granville greg gregorio guillermo gus gustavo hai hans harland harold hassan heriberto
hershel hilario hipolito hiram hobert horace horacio hosea hugh hugo humberto ian
ignacio ike isaiah isaias isiah isidro ismael isreal issac ivan jacinto jake jamaal
jamal jamar jamel jared jarod jarred jarrod javier jayson jc jed jeff jefferey jeffry
jerald jeramy jere jeremiah jeremy jermaine jerold jeromy jerrell jerrod jerrold jim
joaquin joel joesph johnathan johnathon jon jonas jonathan jonathon jorge josef josh
joshua josiah jospeh josue juan judson jules julio julius justin kareem karl keneth
kenneth kennith kenton kermit keven kieth korey kory kraig kristofer kristopher kurt
kurtis lamont lanny laurence lawerence lazaro leandro leif leland lemuel len lenard
lenny leonardo leonel leopoldo lino linwood lon lonnie lonny lucien lucio lucius luigi
lyndon lynwood malcom malik marcel marcelino marcellus marcelo marco marcos margarito
mariano mario markus marlon mathew maurice mauricio max maximo mel mervin michale
micheal miguel mikel milford milo miquel mitch modesto mohamed mohammad moises monty
mose moshe myron nathanael nathanial nathaniel ned nickolas nicolas nigel norbert
norberto normand octavio odis olen olin omar oren orville oscar osvaldo oswaldo pablo
pasquale percy pete phil porfirio quentin quincy quinton rafael ramiro randal randell
randy raphael rashad raul raymon raymundo reggie reginald reinaldo renaldo renato reuben
reynaldo rhett ricardo rickey rickie ricky rigoberto robby roberto robt rocco rodger
rodney rodolfo rodrick rodrigo rogelio rolando rolf rolland ron ronald ronnie ronny
roosevelt roscoe rosendo royce ruben rudolf rudy rueben rufus russel salvador salvatore
sammy samual santo scotty sergio shane shaun shon sid sidney sonny stan stefan stephan
tad teddy teodoro terence terrance terrence thad thaddeus theodore theron tim timmy
tomas trenton trevor truman tuan ty tyrell tyron tyrone ulysses vern vicente vince
vincenzo virgil virgilio vito von waldo wally waylon wendell wes wilbert wilford wilfred
wilfredo willian wilmer wilton winford winfred wm woodrow xavier zachariah zachary
zachery zack zackary zane
"""

FEMALE = """
abbie abby ada adah adaline addie adela adelaida adelaide adele adelia adelina adeline
adell adella adelle adena adina adria adriana adriane adrianna adrianne adrien adriene
adrienne afton agatha agnes agripina agueda agustina aida aide aiko aileen ailene aimee
aisha aja akiko akilah alaina alaine alana alane alanna alayna alberta albertha
albertina albertine albina alda alease alecia aleen aleida aleisha alejandra alejandrina
alena alene alesha aleshia alesia alessandra aleta aletha alethea alethia alexa
alexandra alfreda alfredia alia alica alice alicia alida alina alisa alise alisha
alishia alisia alison alissa alita alix aliza alla alleen allegra allena allene allie
alline allyn allyson almeda almeta alona alta altagracia altha alvera alverta alvina
alyce alycia alysa alyse alysha alysia alyson alyssa amada amal amalia amanda amberly
amee amelia ami amie amiee amina amira ammie amparo anabel analisa anamaria anastacia
anastasia andera andra andrea andree andria anette angela angele angelena angeles
angelia angelika angelina angeline angelique angelita angella angelyn angie angila angla
anglea anh anika anisa anisha anissa anita anitra anja anjanette anjelica annabel
annabell annabelle annalee annalisa annamae annamaria annamarie anne anneliese annelle
annemarie annett annetta annette annice annie annika annis annita annmarie antionette
antoinette antonetta antonette antonietta antonina anya apolonia apryl araceli aracelis
aracely arcelia ardath ardelia ardell ardella ardelle ardis ardith aretha argelia ariana
ariane arianna arianne arica arie arielle arla arlean arleen arlena arlene arletha
arletta arlette arlinda arline arlyne armanda armandina armida arminda arnetta arnette
arnita artie arvilla asha ashanti ashely ashlea ashlee ashleigh ashli ashlie ashly
ashlyn asley assunta astrid athena audie audra audrea audrey audria audrie audry augusta
augustina aundrea aurea aurore avelina avril awilda ayako ayana ayanna ayesha azalee
azucena azzie babara babette bambi bao barabara barbar barbera barbie barbra bari barrie
basilia bea beata beatrice beatris beatriz beaulah bebe becki beckie becky belen belia
belinda belkis bella belva benita berenice berna bernadette bernadine bernarda
bernardina berneice bernetta bernice berniece bernita berta bertie bessie bethanie
bethann bethany betsey betsy bette bettie bettina bettyann bettye beula beulah bev
beverlee beverley bianca bibi billi billye birgit blanca blanche blondell bobbi bobbye
bobette bok bong bonita branda brande brandee brandi brandie breana breann breanna
breanne bree brenda brenna briana brianna brianne bridget bridgett bridgette brigette
brigid brigida brigitte brinda britany britney britni britta brittaney brittani
brittanie brittany britteny brittney brittni brittny bronwyn brooke bruna brunilda
bryanna brynn buena bula bulah burma caitlin caitlyn calandra calista callie cami camie
camila camilla camille cammie cammy candace candance candi candice candie candis candra
candyce cara caren cari caridad carie carin carisa carita carla carlee carleen carlena
carlene carletta carley carli carlie carlita carlota carlotta carly carlyn carma carmel
carmela carmelia carmelina carmelita carmella carmen carmina carmon carola carolann
carole carolee caroll carolyn carolyne carolynn caroyln carri carrie caryl carylon caryn
casandra casie casimira cassandra cassaundra cassey cassi cassondra cassy catalina
catarina caterina catharine catherin catherina catherine cathern catheryn cathi cathie
cathleen cathrine cathryn cathy catina catrice catrina cayla cecelia cecila cecile
cecilia cecille cecily celena celeste celestina celia celina celinda celine celsa ceola
chae chana chanda chandra chanel chanell chanelle chantal chantay chante chantel
chantell chantelle charis charise charissa charisse charita charla charleen charlena
charlene charlesetta charlette charline charlott charlsie charlyn charmain charmaine
charolette chasidy chasity chassidy chaya chelsea chelsey chelsie cher chere cheree
cherelle cheri cherie cherilyn cherise cherly cherlyn cherri cherrie cherryl chery
cheryl cheryle cheryll cheyenne chia chieko ching chiquita chloe chrissy christa
christal christeen christel christena christene christi christia christiana christiane
christin christina christine christinia chrystal ciara ciera cierra cinda cinderella
cindi cindie cindy cinthia cira clara claretha claretta claribel clarice clarinda
clarine claris clarisa clarissa clarita classie claudette claudia claudie claudine
clelia clemencia clementina clemmie cleora cleotilde cleta clora clorinda clotilde codi
coleen colene coletta colette collen collene concetta conchita connie constance consuela
consuelo contessa coralee coralie corazon cordelia cordia cordie coreen corene coretta
cori corie corina corine corinna corliss cornelia corrin corrina corrine corrinne
cortney creola cris criselda crissy crista cristal cristen cristi cristie cristin
cristina cristine cristy crysta crystle cuc cyndi cyndy cyrstal cythia dacia dagmar
dagny daina daine daisey dalene dalia dalila damaris danae danelle danette dani dania
danica daniela daniele daniell daniella danielle danika danille danita dann danna
dannette dannielle danuta danyel danyell danyelle daphine dara darcel darcey darci
darcie darcy daria darla darleen darlena darlene darline davida davina dawna dawne dayle
dayna daysi deadra deana deandra deandrea deann deanna deanne deb debbi debbie debbra
debby debera debi debora deborah debra debrah debroah dedra deeann deeanna deedee deedra
deena deetta deidra deidre deirdre deja delana delcie delena delfina delia delicia
delila delinda delisa della delma delmy delois deloise delora deloras delores deloris
delorse delpha delphia delsie demetra demetria demetrice dena denae deneen denese denice
denise denisha denisse denita denna dennise denyse deonna desirae desiree despina dessie
detra devona devora devorah diane diann dianna dianne diedra diedre dierdre digna dina
dinah dinorah dione dionna divina dodie dollie dolores doloris domenica dominga dominica
dominque domitila domonique donella donetta donette donita donnetta donnette donya dora
dorathy dorcas doreatha doreen dorene doretha dorethea doretta dori doria dorie dorinda
dorine dorla dorotha dorothea dorothy dortha dorthea dorthey dorthy dottie dovie dreama
drema drucilla drusilla dulcie dusti dwana dyan earlean earleen earlene earlie earline
earnestine eartha eboni ebonie eda edelmira edie edith edna edra edris edwina edyth
edythe effie ehtel eileen eilene eladia elaina elana elane elanor elayne elba elda
eldora eleanor eleanora eleanore elease elena elene eleni elenor elenora elenore eleonor
eleonora eleonore elfreda elfrieda elfriede elia eliana elicia elida elidia elin elina
elinor elinore elisa elisabeth elise elissa eliz eliza elizabet elizbeth elizebeth ella
ellamae ellan ellen ellena elli ellie elly ellyn elma elmira elna elnora elodia elois
eloisa eloise elouise elsa elsie elsy elva elvera elvia elvie elvina elvira elwanda
elyse elza ema emelda emelia emelina emeline emely emerita emiko emilee emilia emilie
emily emma emmaline emmie emmy emogene ena enda enedina eneida enid enola enriqueta
epifania ericka erika erinn erlene erlinda erline erma ermelinda erminia erna ernestina
ernestine eryn esmeralda esperanza essie esta estefana estela estell estella estelle
esther etha ethelene ethelyn etsuko etta ettie eufemia eugena eugenie eula eulah eulalia
eun euna eunice eura eusebia eustolia eva evalyn evangelina evangeline evelia evelin
evelina eveline evelyn evelyne evelynn evette evia evie evita evon evonne ewa exie
fabiola fae fannie fanny farah farrah fatima fatimah faustina faviola faye fe felecia
felica felice felicia felicidad felicita felicitas felipa felisa felisha fermina
fernanda fernande ferne fidela fidelia filomena fiona flavia fleta flor florance
florencia florene florentina floretta floria florinda florine florrie flossie floy fonda
fran francene frances francesca franchesca francie francina francine francisca francoise
fransisca freda fredda frederica fredericka fredia fredricka freeda freida frida frieda
fumiko gabriela gabriele gabriella gabrielle gail galina gaye gayla gaylene gaynell
gaynelle gearldine gema genevie genevieve genevive genia genna gennie genny genoveva
georgann georgeann georgeanna georgene georgetta georgette georgiana georgiann
georgianna georgianne georgie georgina georgine geraldine geralyn gerda geri germaine
gerri gertha gertie gertrud gertrude gertrudis gertude ghislaine gia gianna gidget gigi
gilberte gilda gilma gina ginette ginny giovanna gisela gisele giselle gita giuseppina
gladis glady gladys glayds glenda glendora glenna glennie glennis glinda glynda glynis
golda gracie graciela grayce grazyna gregoria greta gretchen gretta gricelda grisel
griselda gudrun guillermina gussie gwen gwenda gwendolyn gwenn gwyn gwyneth hae halina
halley hallie hana hanh hannelore harriet harriett harriette hassie hattie haydee hayley
hedwig hedy hee heide heidi heidy heike helaine helen helene helga hellen henrietta
henriette herlinda hermelinda hermila hermina hermine herminia herta hertha hettie hiedi
hien hilaria hilary hilda hilde hildegard hildegarde hildred hillary hilma hiroko hisako
holli hollie hortencia hortense hortensia hsiu hui hulda huong hwa hyon hyun ida idalia
idell idella iesha ignacia ila ilana ilda ileana ileen ilene iliana illa ilona ilse
iluminada ima imelda imogene ina indira inell ines inez inga inge ingeborg inger ingrid
inocencia iola iona ione iraida irena irene irina irma irmgard isa isabell isabelle
isadora isaura isela isidra isobel iva ivana ivelisse ivette ivonne izetta izola ja
jacalyn jacelyn jacinda jacinta jackeline jackelyn jacki jacklyn jackqueline jaclyn
jacqualine jacque jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacquetta jacqui
jacquie jacquiline jacquline jacqulyn jada jadwiga jaimee jaimie jaleesa jalisa jama
jamee jami jamika jamila jammie jana janae janay janean janee janeen janel janell
janella janelle janene janessa janet janeth janett janetta janette janey jani janice
janie janiece janina janine janis janise janita jann janna jannet jannette jannie janyce
jaqueline jaquelyn jasmin jaunita jaye jayme jaymie jayna jayne jazmin jazmine jeana
jeane jeanelle jeanene jeanett jeanetta jeanette jeanice jeanie jeanine jeanmarie jeanna
jeanne jeannetta jeannette jeannie jeannine jeffie jen jena jenae jene jenee jenell
jenelle jenette jeneva jeni jenice jenifer jeniffer jenine jenise jenna jennefer jennell
jennette jenni jennie jennifer jenniffer jennine jeraldine jeri jerica jerilyn jerlene
jerri jerrica jerrie jesenia jesica jessenia jessi jessia jessica jessika jestine jesusa
jesusita jetta jettie ji jillian jina jinny joan joana joane joanie joann joanna joanne
joannie joaquina jocelyn jodee jodi jodie joeann joella joelle joellen joetta joette
johana johanna johanne johna johnetta johnette johnna johnsie joi joie jolanda joleen
jolene jolie joline jolyn jolynn jona jone jonell jonelle jong joni jonie jonna jonnie
josefa josefina josefine joselyn josephina josephine josette josie joslyn josphine jovan
jovita joya joycelyn joye juana juanita judi judie judith judy jule julee julene juli
julia juliana juliane juliann julianna julianne julie julieann juliet julieta julietta
juliette julissa junie junita junko justa justina justine jutta kacey kaci kacie kacy
kai kaila kaitlin kaitlyn kala kaleigh kaley kallie kalyn kamilah kandace kandi kandice
kandis kandra kandy kanesha kanisha kara karan kareen karena karey kari karie karima
karin karina karine karisa karissa karla karleen karlene karly karlyn karmen karol
karole karoline karolyn karon karren karri karrie karry kary karyl karyn kasandra kasha
kasi kasie kassandra kassie katelin katelyn katelynn katerine kathaleen katharina
katharine katharyn kathe katheleen katherin katherina katherine kathern katheryn kathey
kathi kathie kathleen kathlene kathline kathlyn kathrin kathrine kathryn kathryne kathy
kathyrn kati katia katie katina katlyn katrice katrina kattie katy kayce kaycee kayla
kaylee kayleen kayleigh kaylene kazuko kecia keeley keely keena keesha keiko keila keira
keisha keitha keli kelle kellee kelli kellie kellye kelsi kelsie kemberly kena kenda
kendra kenia kenisha kenna kenyatta kenyetta kera keren keri kerri kerrie kerstin kesha
keshia keturah keva khadijah khalilah kia kiana kiara kiera kiersten kiesha kimber
kimberely kimberlee kimberley kimberli kimberlie kimberly kimbery kimbra kimi kimiko
kina kindra kira kirsten kirstie kirstin kisha kittie kiyoko kizzie kizzy klara kori
kortney kourtney krissy krista kristal kristan kristeen kristel kristen kristi kristian
kristie kristin kristina kristine kristle kristy kristyn krysta krystal krysten krystin
krystina krystle krystyna kum kyla kylee kym kymberly kyoko kyong kyra kyung lachelle
laci lacie lacresha ladawn ladonna lael lahoma laila laine lajuana lakeesha lakeisha
lakendra lakenya lakesha lakeshia lakia lakiesha lakisha lakita lala lamonica lana
lanell lanelle lanette lani lanie lanita lannie lanora laquanda laquita larae laraine
laree larhonda larisa larissa larita laronda larraine lasandra lashanda lashandra
lashaun lashaunda lashawn lashawna lashawnda lashay lashell lashon lashonda lashunda
lasonya latanya latarsha latasha latashia latesha latia laticia latina latisha latonia
latonya latoria latosha latoya latoyia latrice latricia latrina latrisha launa lauralee
lauran laure laureen lauren laurena laurene lauretta laurette lauri laurice laurie
laurinda laurine lauryn lavada lavelle lavenia lavera laverna laveta lavette lavina
lavinia lavon lavona lavonda lavone lavonia lavonna lavonne lawana lawanda lawanna layla
leah leana leandra leann leanna leanne leanora leatha leatrice lecia leda leeann leeanna
leeanne leena leesa leia leida leigha leighann leila leilani leisa leisha lekisha lela
lelah lelia lenita lenna lennie lenora lenore leola leoma leona leonarda leonia leonida
leonie leonila leonor leonora leonore leontine leora leota lera lesa lesha lesia leslee
lesli lessie leta letha leticia letisha letitia lettie letty lexie lezlie lia lianne
libbie librada lida lidia lieselotte ligia lila lili lilia lilian liliana lilla lilli
lillia lilliam lillian lilliana lillie lina linda lindsy linette linh linnea linnie lisa
lisabeth lisandra lisbeth lise lisette lisha lissa lissette lita livia liz lizabeth
lizbeth lizeth lizette lizzette lizzie loida lois loise lola lolita lona londa loni
lonna lora loraine loralee lorean loree loreen lorelei lorena lorene lorenza loreta
loretta loria loriann lorie lorilee lorina lorinda lorine lorita lorna lorraine lorretta
lorri lorriane lorrine lottie louann louanne louella louetta louisa louise loura lourdes
lourie louvenia lovella lovetta lovie loyce luana luann luanna luanne luba luci lucia
luciana lucie lucienne lucila lucile lucilla lucille lucina lucinda lucrecia lucretia
lucy ludie ludivina lue luella luetta luisa luise lula lulu lupita lura lurlene lurline
luvenia lyda lydia lyla lynda lyndia lyndsay lyndsey lynell lynelle lynetta lynette
lynna lynne lynnette lynsey mabel mabelle mable machelle macie macy madalene madaline
madalyn maddie madelaine madeleine madelene madeline madelyn madie madlyn mae maegan
mafalda magali magaly magan magaret magda magdalena magdalene magen maggie mahalia mai
maida maile maira maire maisha maisie majorie makeda malena malia malika malinda malisa
malissa malka mallie malorie malvina mamie mammie mana manda mandi mandie mandy manuela
maragaret maragret maranda marcela marcelene marcelina marcell marcella marcelle marcene
marchelle marci marcia marcie marcy mardell maren marg margaret margareta margarete
margarett margaretta margarette margarita margart margene margeret margert margery
marget margherita margie margit margo margorie margot margret margrett marguerita
margurite margy marhta mari mariah mariam mariana marianela mariann marianna marianne
maribel maribeth marica maricela maricruz mariel mariela mariella marielle marietta
mariette mariko marilee marilou marilu marilyn marilynn marina marinda maris marisa
marisela marisha marisol marissa marita maritza marivel marjorie marjory marketta
markita marla marlana marleen marlen marlena marlene marlo marlyn marlys marna marni
marnie marquerite marquetta marquita marquitta marsha marta marth martha marti martina
martine marva marvella marvis marya maryalice maryam maryann maryanna maryanne marybelle
marybeth maryellen maryetta maryjane maryjo marylee marylin maryln marylou marylouise
marylyn marylynn maryrose masako matha mathilda mathilde matilda matilde mattie maude
maudie maura maureen maurine maurita maxie maxima maximina maxine maybell maybelle maye
mayme mayola mayra mazie meagan meaghan mechelle meda mee megan meggan meghan meghann
mei melaine melani melania melanie melany melba melda melia melida melina melinda melisa
melissia melita mellie mellisa mellissa melodee melodi melodie melonie melony melva
melvina melynda mendy mercedes mercedez meri merideth meridith merilyn merissa merlene
merlyn merna merri merrie merrilee mertie meryl mia micaela micha michaela michaele
michele michelina micheline michell michelle michiko micki mickie miesha migdalia
miguelina mika mikaela miki mikki mila milagro milagros milda mildred milissa millicent
millie milly mimi minda mindi mindy ming minna minnie minta mireille mirella mireya
miriam mirian mirna mirta mirtha misha misti mistie mitsue mitsuko mittie mitzi mitzie
miyoko modesta mollie monet monica monika monique monnie monserrate moriah mozell
mozella mozelle mui muoi muriel myesha myong myra myriam myrl myrle myrna myrta myrtice
myrtie myrtis myung nadia nadine naida nakesha nakia nakisha nakita nancee nancey nanci
nancie nancy nanette nannette naoma naomi narcisa natacha natalia natalie natalya
natasha natashia nathalie natisha natividad natosha necole neda nedra neida nelda nelia
nelida nell nella nelle nellie nelly nena nenita neoma neomi nereida nerissa nery neta
nettie neva nga ngan ngoc nguyet nia nichelle nichol nichole nicholle nicki nickie
nickole nicol nicola nicolasa nicole nicolette nicolle nida nidia niesha niki nikia
nikita nikki nikole nila nilda nilsa ninfa nisha nita nobuko noelia noella noelle noemi
nohemi nola nora norah noreen norene noriko norine novella nydia nyla obdulia ocie
octavia oda odelia odessa odette odilia ofelia ok ola olene oleta olevia olga olimpia
olinda olivia olympia ona oneida onie onita ophelia oralee oralia oretha orpha ossie
otelia otilia ouida ozell ozella ozie palmira pamala pamela pamelia pamella pamila
pamula paola parthenia particia patria patrica patrice patricia patrina patsy patti
pattie paula paulene pauletta paulette paulina paulita pearle pearlene pearlie pearline
peggie peggy pei penney penni pennie perla petra petrina petronila phillis philomena
phung phuong phylicia phylis phyliss phyllis pia piedad pilar pinkie pok porsche porsha
portia pricilla priscila priscilla providencia pura qiana queenie quiana quyen rachael
rachal racheal rachel rachele rachell rachelle racquel rae raeann raelene rafaela raguel
raina raisa ramona ramonita ranae randa randee randi raquel rasheeda rashida raye
raylene raymonde rayna reanna reatha reba rebbeca rebbecca rebeca rebecca rebecka
rebekah reda reena refugia regena regenia regina regine reginia reiko reina reita rema
remedios remona rena renae renata renda renea renee renetta renita renna ressie reta
retha retta reva reynalda rheba rhiannon rhoda rhona rhonda ria ricarda richelle ricki
rikki rina risa rita riva rivka robbi robbyn robena roberta robyn rochel rochell rocio
rolanda rolande romaine romana romelia romona rona ronda roni ronna ronni rosalba
rosalee rosalie rosalina rosalind rosalinda rosaline rosalva rosalyn rosamaria rosamond
rosana rosann rosanna rosanne rosaria rosaura roseann roseanna roseanne roselee roselia
roseline roselyn rosemarie rosena rosenda rosetta rosia rosie rosina rosio rosita roslyn
rossana rossie rowena roxana roxane roxann roxanna roxanne roxie roxy rozanne rozella
rubi rubie rubye rufina rutha ruthann ruthanne ruthe ruthie ryann sabina sabra sabrina
sacha sachiko sade sadie sadye salena sallie salome samantha samatha samella samira sana
sanda sandee sandi sandie sandra sanjuana sanjuanita sanora santa santina sara sarah
sarai saran sarina sarita sasha saturnina sau saundra scarlett sebrina seema selena
selene selina selma senaida serafina serena serina serita setsuko sha shae shaina shakia
shakira shakita shala shalanda shalon shalonda shameka shamika shan shana shanae shanda
shandi shandra shaneka shanel shanell shanelle shani shanice shanika shaniqua shanita
shanna shannan shanon shanta shantae shantay shante shantel shantell shantelle shanti
shaquana shaquita shara sharan sharda sharee sharell sharen shari sharice sharie sharika
sharilyn sharita sharla sharleen sharlene sharmaine sharolyn sharon sharonda sharri
sharron sharyl sharyn shauna shaunda shaunna shaunta shaunte shavon shavonda shavonne
shawana shawanda shawanna shawna shawnda shawnee shawnna shawnta shayla shayna sheba
sheena sheila sheilah shela shelba shelia shella shelli shellie shemeka shemika shena
shenika shenita shenna shera sheree sherell sheri sherice sherie sherika sherill
sherilyn sherise sherita sherlene sherley sherly sherlyn sheron sherrell sherri sherrie
sherril sherron sherryl shery sheryl sheryll shiela shila shira shirely shirlee shirleen
shirlene shirly shizue shizuko shona shonda shondra shonna shonta shoshana shu shyla
signe sigrid silvana simona simonne sina sindy siobhan sirena siu sixta skye slyvia
socorro sofia soila solange soledad somer sona sondra sonia sonja sonya soo sook sophia
sophie soraya stacee staci stacia stacie starla stasia stefani stefania stefanie stefany
steffanie stella stepanie stephaine stephane stephani stephania stephanie stephany
stephenie stephine stephnie su suanne sudie sueann suellen suk sulema sumiko sunni susan
susana susann susanna susannah susanne susie susy suzan suzann suzanna suzanne suzette
suzi suzie suzy svetlana sybil syble sylvia sylvie synthia syreeta tabatha tabetha
tabitha taina taisha tajuana takako takisha talia talisha talitha tama tamala tamar
tamara tamatha tambra tameika tameka tamekia tamela tamera tamesha tami tamica tamie
tamika tamiko tamisha tammara tammera tammi tammie tamra tandra tandy taneka tanesha
tangela tania tanika tanisha tanja tanna tanya tara tarah taren tari tarra tarsha taryn
tasha tashia tashina tasia tatiana tatyana taunya tawana tawanda tawanna tawna tawnya
tayna teena tegan teisha telma temeka temika tempie tena tenesha tenisha tennie tennille
teodora teofila tera tereasa teresa terese teresia teresita teressa teri terica terina
terisa terresa terri terrie terrilyn tesha tess tessa tessie theda thelma theodora
theola theresa therese theresia theressa thersa thi thomasena thomasina thomasine thora
thresa thu thuy tia tiana tianna tien tiera tierra tiesha tifany tiffaney tiffani
tiffanie tiffiny tijuana tilda tillie timika tina tinisha tisa tish tisha tobi toccara
toi tomasa tomeka tomi tomika tomiko tommye tomoko tona tonda tonette toni tonia tonie
tonisha tonita tonja tonya tori torie torri torrie tosha toshia toshiko tova towanda
toya tracee traci tracie trang treasa treena trena tresa tressa tressie treva tricia
trina trinh trish trisha trista trudi trudie trudy trula tu tula tuyet twana twanda
twanna twila twyla tyesha tyisha tynisha tyra ula ulrike una usha ute vada valarie valda
valene valentina valeri valeria valerie valery vallie valorie valrie vanda vanesa
vanetta vania vanita vanna vannesa vannessa vashti vasiliki velda velia vella velma
velva venessa venetta venita vennie veola verda verdell verdie verena vergie verla
verlene verlie verline verna vernell vernetta vernia vernice vernie vernita verona
veronika veronique versie vertie veta vi vicenta vickey vicki vickie vicky victorina
vida viki vikki vilma vina vincenza vinita vinnie violeta violette virgen virgie virgina
vita vivan vivian viviana vivien vivienne voncile vonda vonnie wai waltraud wanda waneta
wanetta wanita wava wei wendi wendie wendolyn wendy wilda wilhelmina wilhemina willa
willena willene willetta willette willia williemae willodean wilma winifred winnie
winnifred winona wonda wynell wynona xenia xiao xiomara xochitl xuan yadira yaeko yael
yahaira yajaira yan yanira yasmin yasmine yasuko yelena yesenia yessenia yetta yevette
ying yoko yolanda yolande yolando yolonda yoshie yoshiko youlanda yuette yuk yuki yukiko
yuko yulanda yun yung yuonne yuri yuriko yvette yvone yvonne zada zaida zana zandra
zelda zella zelma zena zenaida zenia zenobia zetta zina zita zoe zofia zoila zola zonia
zora zoraida zula zulema zulma
"""

EITHER = """
alexis alva antonia aubrey bernie billie bobbie chi chris clair cleo dana dannie deon
devin dong donnie elisha frankie freddie gerry guadalupe jackie jae jame jamey jamie
jessie jimmie jody johnie johnnie kasey kerry lavern laverne lesley lou louie lupe marty
micah michal minh nicky ollie otha refugio rene robbie sammie scottie shawn shayne
stevie thanh theo tommie tristan val yong
"""
