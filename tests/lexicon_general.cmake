# Tests of the general loaded-language lexicon (lexicons/general/), English and
# Russian parts. Included from tests/CMakeLists.txt after cli.cmake, whose
# fsc_cli_test() and FSC_CLI it uses.
#
# The file doubles as a script: run with -P it scores a fixture of short
# sentences written for this test (tests/data/lexicon-general/fixture.jsonl,
# one sentence per record) with only this lexicon and modifiers.json, and
# checks each record's loaded-language matches against its "expect" field:
# the sorted list of the entry terms that must match, and nothing else. An
# empty list is a neutral sentence whose homonym or guarded sense must not
# match ("winners and losers", "the answer lies in", "Department of Homeland
# Security", «Режим работы магазина», «пропаганда здорового образа жизни»).
#   cmake -DCLI=... -DWORKDIR=... -DFIXTURE=... -DMIN_RECORDS=n -P lexicon_general.cmake
# -DLEXFILE=lexicons/conflicts/x.json -DLEXNAME=x checks another lexicon the
# same way (its matches instead of loaded-language's); matches marked
# out_of_scope (a pack's scope) count as no match.
if(CMAKE_SCRIPT_MODE_FILE)
  if(NOT DEFINED LEXFILE)
    set(LEXFILE lexicons/general/loaded-language.json)
  endif()
  if(NOT DEFINED LEXNAME)
    set(LEXNAME loaded-language)
  endif()
  execute_process(
    COMMAND ${CLI} score -q --no-bundled
            --lexicon ${LEXFILE}
            --lexicon lexicons/modifiers.json ${FIXTURE}
    WORKING_DIRECTORY ${WORKDIR}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "framescope score exited with ${rc}\n${err}")
  endif()
  # One JSON object per line; brackets balance within a line, so the ';'
  # that replaces each newline is a list separator.
  string(REPLACE "\n" ";" lines "${out}")
  set(n 0)
  set(failures "")
  foreach(line IN LISTS lines)
    if(line STREQUAL "")
      continue()
    endif()
    math(EXPR n "${n} + 1")
    string(JSON id GET "${line}" id)
    set(want "")
    string(JSON nwant LENGTH "${line}" expect)
    if(nwant GREATER 0)
      math(EXPR last "${nwant} - 1")
      foreach(i RANGE ${last})
        string(JSON t GET "${line}" expect ${i})
        list(APPEND want "${t}")
      endforeach()
    endif()
    set(got "")
    string(JSON nm LENGTH "${line}" framescope matches)
    if(nm GREATER 0)
      math(EXPR last "${nm} - 1")
      foreach(i RANGE ${last})
        string(JSON lex GET "${line}" framescope matches ${i} lexicon)
        string(JSON oos ERROR_VARIABLE no_oos GET "${line}" framescope matches ${i} out_of_scope)
        if(no_oos)
          set(oos OFF)
        endif()
        if(lex STREQUAL "${LEXNAME}" AND NOT oos)
          string(JSON t GET "${line}" framescope matches ${i} term)
          list(APPEND got "${t}")
        endif()
      endforeach()
    endif()
    list(SORT want)
    list(SORT got)
    if(NOT "${want}" STREQUAL "${got}")
      string(APPEND failures "  ${id}: expected [${want}], matched [${got}]\n")
    endif()
  endforeach()
  if(n LESS MIN_RECORDS)
    message(FATAL_ERROR "only ${n} scored records, expected at least ${MIN_RECORDS}\n${err}")
  endif()
  if(NOT failures STREQUAL "")
    message(FATAL_ERROR "loaded-language matches differ from the fixture:\n${failures}")
  endif()
  message(STATUS "${n} records as expected")
  return()
endif()

# One fixture test: NAME, the fixture file, the least number of records.
# Optional fourth and fifth arguments: another lexicon file and its name.
function(fsc_lexicon_fixture_test name fixture min_records)
  set(lexargs "")
  if(ARGC GREATER 4)
    set(lexargs -DLEXFILE=${ARGV3} -DLEXNAME=${ARGV4})
  endif()
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DWORKDIR=${CMAKE_SOURCE_DIR}
                   -DFIXTURE=${fixture} -DMIN_RECORDS=${min_records} ${lexargs}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/lexicon_general.cmake)
  set_tests_properties(cli.${name} PROPERTIES LABELS cli TIMEOUT 120)
endfunction()

# The lexicon loads without errors and has its current version.
fsc_cli_test(general_lexicon_check EXIT 0
             ARGS lexicon check lexicons/general/loaded-language.json
             STDOUT "ok: loaded-language 0\\.14\\.0")

# Specific English and Russian terms match; guarded and homonym senses do not.
fsc_lexicon_fixture_test(general_lexicon_fixture tests/data/lexicon-general/fixture.jsonl 76)

# Sense guards added in 0.3.0 (Arabic single-word entries, Russian re-audit):
# each guarded sense next to a sentence where the entry must still match.
fsc_lexicon_fixture_test(general_lexicon_guards_0_3 tests/data/lexicon-general/guards-0.3.0.jsonl 20)

# Sense guards and entries of 0.4.0 (the fourth to sixth Arabic audit rounds):
# metals, anti-corruption bodies and cases, illness, market moves, sports
# results and literal senses must not match; the loaded senses still do.
fsc_lexicon_fixture_test(general_lexicon_guards_0_4 tests/data/lexicon-general/guards-0.4.0.jsonl 20)

# Entries and guards of 0.5.0: Arabic verbs with derived forms (استباحوا،
# سحقت، اجتاحت) against cooking, sports and weather senses; clitic and
# affix collisions that must not match (فروع، يحاكي، إسلام آباد، يفك);
# illness, stray bullets, retroactive, counterfeit, arson and MSF guards;
# English headline verbs against "slammed the door", "blasted out",
# "heralded a new".
fsc_lexicon_fixture_test(general_lexicon_guards_0_5 tests/data/lexicon-general/guards-0.5.0.jsonl 30)

# Entries and guards of 0.6.0: rule-generated conjugations of hollow and
# defective verbs (يشيد, تدعي, ادعى, يخون, تعيث, اعتدت, تمادى) against their
# homonyms («تشيد برجا» builds, «يدعى» is called, «أدعوا الله», «ذاكرتي
# تخونني», «ما اعتدت عليه», «خانتها», «إساءته», «فاهيني»); collocations,
# pronoun variants and tanween on phrases; «النضال» but not the first name
# نضال; «التسلط» but not «تسلط الضوء»; Russian «вбросы бюллетеней»,
# literal torpedoing.
fsc_lexicon_fixture_test(general_lexicon_guards_0_6 tests/data/lexicon-general/guards-0.6.0.jsonl 37)

# English senses from the 0.7.0 news audit and Arabic forms of 0.7.0 (tests/data/lexicon-general/
# guards-0.7.0.jsonl, sentences written for this test): each guarded entry
# once in its loaded sense and once in the sense its guard excludes
# ("terrorists" / "terrorist attack", "catastrophic mistake" / a Category 5
# hurricane's "catastrophic damage", "a clown" / "clown around"), and the
# removed routine wording ("landslide victory", "backlash") matching nothing;
# Arabic: «احتل» of land but not of a rank, «دمر» but not Palmyra («تدمر») nor
# equipment in a military report, «أبي» (my father) unmatched, and forms the
# agreement and gender rules of arabic_forms.py write («الاعتداءات الغاشمة»,
# «كيدي», «فوضوي»).
fsc_lexicon_fixture_test(general_lexicon_guards_0_7 tests/data/lexicon-general/guards-0.7.0.jsonl 41)

# The emphasis_hype family of 0.8.0 (tests/data/lexicon-general/guards-0.8.0.jsonl,
# sentences written for this test): superlatives only as "one of the ..."
# («من أكبر شركات», not «أكبر من خمسين», «الله أكبر» or the rank «ثاني أكبر»),
# «مهم» not as the discourse connective «المهم هو», «لافتا إلى» (noting) and a
# procedural «قمة استثنائية» unmatched, «العظيم» not as a divine attribute;
# English "huge", "historic", "crucial" against "massive stroke", "historic
# building", "breakthrough infection", "outstanding debts", "extraordinary session".
fsc_lexicon_fixture_test(general_lexicon_guards_0_8 tests/data/lexicon-general/guards-0.8.0.jsonl 33)

# The Arabic families of 0.9.0 (tests/data/lexicon-general/guards-0.9.0.jsonl,
# sentences written for this test): each guarded entry in its loaded sense and
# next to the sense it must leave alone: «نظام دموي» / «الدورة الدموية»,
# «وللأسف» / «أعرب عن أسفه», emotional «صدمة» / electric shock, «حالة من
# اليأس» / Yas island and «سن اليأس», emphatic «بقوة» / «بقوة 13 ميغابيكسل»
# and «بقوتي», «على نطاق واسع» / 'widely expected', «خط أحمر» / the metro's
# Red Line, «بحجة» / «ذي الحجة», «يتستر» / commercial cover-up, «إقصاء» / a
# cup exit, «ممتاز» / «الدوري الممتاز», social climbers / mountaineers.
fsc_lexicon_fixture_test(general_lexicon_guards_0_9 tests/data/lexicon-general/guards-0.9.0.jsonl 74)
# Arabic families of 0.10.0 (tests/data/lexicon-general/guards-0.10.0.jsonl,
# sentences written for this test): «مجرد» only before a belittling noun
# («مجرد وهم», not «بمجرد» or «ليس مجرد هدف»), similes of animals but not
# the zoo, a list of pictures or livestock, «ورم خبيث» and «سرطان الطائفية»
# but not in medical news; what the two SaudiNewsNet audits removed matches
# nothing: «وضيع» ('and wasted'), «انتقامية», the restrictive «ما هي إلا»
# and «ليس سوى», «أدهى دهاة العصر», market «بيع محموم», «دون إثارة
# النعرات», the surname العلوجي, «مثل السرطان» of the disease, road
# accidents «أسفرت عن إزهاق الأرواح», explosives «شديدة الخطورة», China
# Vanke («فانكي» is no ف + أنكى), «كما يسمونها», a clinical «جنون العظمة»,
# a match's «الوتيرة المحمومة», a 'many-coloured' «متلونة».
fsc_lexicon_fixture_test(general_lexicon_guards_0_10 tests/data/lexicon-general/guards-0.10.0.jsonl 44)
# Russian families of 0.10.0 (tests/data/lexicon-general/ru-0.10.0.jsonl, 50
# sentences written for this test): contempt, arrogance and moral-failure
# adjectives, horror idioms, pejorative and dehumanising labels, emphasis and
# scale wording; and the senses they must leave alone: кровососущие
# насекомые, «такие как животные», a bare superlative of rank
# («крупнейшим портом»), выдающая 'issuing', a rock fall (обвал), the name
# Шавкат.
fsc_lexicon_fixture_test(general_lexicon_ru_0_10 tests/data/lexicon-general/ru-0.10.0.jsonl 50)
# Arabic families of 0.11.0 (tests/data/lexicon-general/guards-0.11.0.jsonl,
# 67 sentences written for this test): stance verbs (هلل وطبل، يطبلون،
# اختلقوا، تغطرس)، moral condemnation (نكراء، الرذيلة، بلا خجل)،
# scare words, treason, glorification and blame labels (تتقاعس، تواطأت،
# التحامل، الشامتين، غض الطرف عن); and the senses they must leave alone:
# pilgrims' tahlil, crowds cheering, a drum, «تزعم الحزب» 'led', police
# statements' «المدعو», a hacker group that 'calls itself', a cartoon film,
# «ذيول الأزمة» (the aftermath), a sports champion, a child's hug, «دون خجل
# أو تردد», the name مجيدة, Qur'an 91:8, «لم يتقاعس» (praise), «تحامل على
# نفسه/آلامه» 'endured', «لا يمكن الاستهانة» 'not to be underestimated', an
# assault on a patrol, a demand not to look away.
fsc_lexicon_fixture_test(general_lexicon_guards_0_11 tests/data/lexicon-general/guards-0.11.0.jsonl 67)
# English families of 0.11.0 (tests/data/lexicon-general/en-0.11.0.jsonl, 47
# sentences written for this test): emotive evaluation, name-calling,
# corruption and concession labels, fear appeals, ridicule and contempt; and
# voters "cynical about" parties, the medical "insidious onset", a "dodgy
# knee", "damning evidence", "blistering heat", elite marathon runners,
# "woke up", literal saboteurs of a railway, guitar strings, "swamped with
# calls", catch and release of trout, a "nutty flavour".
fsc_lexicon_fixture_test(general_lexicon_en_0_11 tests/data/lexicon-general/en-0.11.0.jsonl 47)

# Russian families of 0.12.0 (tests/data/lexicon-general/ru-0.12.0.jsonl, 48
# sentences written for this test): forms a stem wildcard cannot reach
# (лакеями, злодеях, бандеровец, марионеток, грязных делишек), name-calling,
# delegitimation (лжепрезидент, режим в Киеве, режим Каддафи), atrocity,
# fear and glorification wording; and the senses they must leave alone: a
# volcano that «изверг» ash, a bath «шайка», circus clowns, a cat's
# «подстилка», «комендантский режим», «режим работы», a figurative «пытка
# ожиданием», «пытали счастья», «волнения мигрантов», «постановление», a
# stadium and a play-off «стадия», «сильно зла».
fsc_lexicon_fixture_test(general_lexicon_ru_0_12 tests/data/lexicon-general/ru-0.12.0.jsonl 48)
# Arabic forms and families of 0.12.0 (tests/data/lexicon-general/forms-0.12.0.jsonl,
# 24 sentences written for this test): the nominative in ون of sound masculine
# plural entries («المخلصون», «الخارجون عن القانون», «الحاقدون والحاسدون»)
# and the subjunctive/jussive plural of stem-changing verbs («لم يشيدوا»,
# «ألا يعتدوا», «أن يسيئوا»); and what must stay out: «صالحون للعمل», literal
# butchers, Qur'anic «الصالحون», «أن يدعوا إلى» (دعا, not ادعى); the
# persistence, brazenness and usurpation families («أوغلت في سفك»، «دون
# وازع»، «السطو على مقدرات») next to a poet who «يمعن في الغموض», a burglary
# gang «السطو على المنازل», the dual «استمرا», Qur'an 16:23, «أمعن النظر».
fsc_lexicon_fixture_test(general_lexicon_forms_0_12 tests/data/lexicon-general/forms-0.12.0.jsonl 24)
# Arabic and English families of 0.13.0 (tests/data/lexicon-general/loaded-0.13.0.jsonl,
# 47 sentences written for this test): intensified criticism and emotion,
# categorical markers, worry and alarm, emotive verbs («رسالة شديدة اللهجة»,
# «رفضها القاطع», «بأي ثمن», «ببالغ الحزن», «انفجارا هز», «عدم المهنية»,
# «مدنيون مسالمون», "flatly denied", "deeply saddened", "rocked"); and what
# must stay out: reported emotion
# («أعرب عن قلقه», «عن سعادته», "expressed concern"), «نيابة عن سعادة» (the
# title), a boxer who «يترنح», a respiratory «أزمة حادة», a header «بضربة
# قوية بالرأس», a winger who «يتلاعب بالكرة», «أحد الأمرين», «هز الشباك», a
# whale shark «حيوانا مسالما», a python's prey «حتى الموت», «إخضاع المشروع
# للدراسة», a baby rocked to sleep.
fsc_lexicon_fixture_test(general_lexicon_loaded_0_13 tests/data/lexicon-general/loaded-0.13.0.jsonl 47)
# Arabic, English and Russian families of 0.14.0
# (tests/data/lexicon-general/families-0.14.0.jsonl, 64 sentences written for
# this test): flood, tsunami and swarm metaphors, witch hunts, mockery and
# boasting verbs, calamity idioms, scale and name-calling («طوفان من البشر»,
# «كالجراد», «استهزأ», «كيل الاتهامات جزافا», «الطامة الكبرى», "mocked",
# "boasted that", "quagmire", «высмеяла», «обрушился с критикой», «пороховой
# погреб», «поливают грязью»); and what must stay out: a flood of rain, a
# tsunami after a quake, locusts on crops, a slap on the face, a snake's venom,
# a medical «نكسة», «لقمة العيش», a prison kept open, children proud of prizes,
# a mock-up, a town that "boasts" a castle, "bragging rights", authoritarian
# parenting, a skewered chicken, a house that collapsed onto cars, a river
# flood, a planet's satellite, carbon-monoxide «угар», «так называемая тёмная
# материя».
fsc_lexicon_fixture_test(general_lexicon_families_0_14 tests/data/lexicon-general/families-0.14.0.jsonl 64)

# The generated Arabic forms (lexicons/tools/arabic_forms.py) are what the
# stem lists and rules write: a hand edit of a generated entry, or of a
# stem list without re-running `apply`, fails here.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME lexicon.arabic_forms_in_sync
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/lexicons/tools/arabic_forms.py check)
  set_tests_properties(lexicon.arabic_forms_in_sync PROPERTIES LABELS cli TIMEOUT 60)
endif()
