# Tests of the conflict packs (lexicons/conflicts/). Included from
# tests/CMakeLists.txt after cli.cmake, whose fsc_cli_test() it uses. The
# fixture (tests/data/conflicts/fixture.jsonl) holds sentences written for
# the project; each check reads the CSV rows of one record: a naming pair
# counted in scope, the other pack's categories out of scope, a guarded
# sense and an article out of every scope counting nothing.
set(CF tests/data/conflicts/fixture.jsonl)
set(CF_ARGS score -f csv --no-bundled -l lexicons/conflicts/middle-east.json
            -l lexicons/conflicts/russia-ukraine.json)

fsc_cli_test(conflicts_check_me EXIT 0 ARGS lexicon check lexicons/conflicts/middle-east.json
             STDOUT "ok: middle-east 0\\.3\\.0, 36 categories, 619 entries")
fsc_cli_test(conflicts_check_ru EXIT 0 ARGS lexicon check lexicons/conflicts/russia-ukraine.json
             STDOUT "ok: russia-ukraine 0\\.4\\.0, 22 categories, 426 entries")
# Yemen: the coalition's names in one article, the Houthis' in the other;
# both in the Middle East scope, out of the Russia-Ukraine one.
fsc_cli_test(conflicts_yemen_coalition EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-1,[^\n]*,middle-east:houthi_coup,1,[^\n]*,true,framing,none,0,0\r?\n[^\n]*me-ar-1,[^\n]*,middle-east:ansar_allah,0,")
fsc_cli_test(conflicts_yemen_houthi EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-2,[^\n]*,middle-east:ansar_allah,1,.*me-ar-2,[^\n]*,middle-east:aggression_yemen,1,")
fsc_cli_test(conflicts_other_pack_out_of_scope EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-1,[^\n]*,russia-ukraine:special_operation,0,0,0,0,[^\n]*,0,false")
# Syria: the regime and the state, both names, in one English sentence.
fsc_cli_test(conflicts_syria EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-en-1,[^\n]*,middle-east:assad_regime,1,[^\n]*\r?\n[^\n]*me-en-1,[^\n]*,middle-east:syrian_state,1,")
# A legal settlement in scope (an Israeli company) is no settlement.
fsc_cli_test(conflicts_guard_settlement EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-en-2,[^\n]*,middle-east:settlements,0,0,0,0,[^\n]*,true")
# Russia-Ukraine: «на Украине» and «в Украине», the war's two names.
fsc_cli_test(conflicts_na_v EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "ru-ru-1,[^\n]*,russia-ukraine:special_operation,1,[^\n]*\r?\n[^\n]*ru-ru-1,[^\n]*,russia-ukraine:invasion,0,")
fsc_cli_test(conflicts_v_ukraine EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "ru-ru-2,[^\n]*,russia-ukraine:v_ukraine,1,")
# A junta in Chile names no Ukrainian place: out of scope, nothing counts.
fsc_cli_test(conflicts_out_of_scope EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "out-1,[^\n]*,russia-ukraine:kiev_regime,0,0,0,0,[^\n]*,false")
# Sense guards (0.2.0), each with a positive and a negative record in scope:
# a hospital named after a martyr is no martyrdom frame, a death is.
fsc_cli_test(conflicts_guard_martyr_name EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-4,[^\n]*,middle-east:martyrdom,0,0,0,0,[^\n]*,true")
fsc_cli_test(conflicts_guard_martyr_pos EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-5,[^\n]*,middle-east:martyrdom,1,")
# Antibiotic resistance is no «المقاومة»; the armed factions are.
fsc_cli_test(conflicts_guard_resistance_bacteria EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-6,[^\n]*,middle-east:resistance,0,0,0,0,[^\n]*,true")
fsc_cli_test(conflicts_guard_resistance_pos EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-7,[^\n]*,middle-east:resistance,1,")
# "his occupation" (a job) is no occupation frame; "against the occupation" is.
fsc_cli_test(conflicts_guard_occupation_job EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-en-3,[^\n]*,middle-east:occupation_pal,0,0,0,0,[^\n]*,true")
fsc_cli_test(conflicts_guard_occupation_pos EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-en-4,[^\n]*,middle-east:occupation_pal,1,")
# «الغزو الثقافي» (cultural invasion) is no invasion; «الغزو» of the war is.
fsc_cli_test(conflicts_guard_invasion_cultural EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "ru-ar-1,[^\n]*,russia-ukraine:invasion,0,0,0,0,[^\n]*,true")
fsc_cli_test(conflicts_guard_invasion_pos EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "ru-ar-2,[^\n]*,russia-ukraine:invasion,1,")
# "Chicken Kiev" (the dish, name before) is no spelling choice.
fsc_cli_test(conflicts_guard_chicken_kiev EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "ru-en-2,[^\n]*,russia-ukraine:kiev_spelling,0,0,0,0,[^\n]*,true")
# Bare «الضفة» names the West Bank, but not «الضفة الأخرى» ('the other side').
fsc_cli_test(conflicts_guard_west_bank_other_side EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-8,[^\n]*,middle-east:west_bank,0,0,0,0,[^\n]*,true")
fsc_cli_test(conflicts_guard_west_bank_pos EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-9,[^\n]*,middle-east:west_bank,1,")
# The surname of Rep. Steve Israel is no name of the state (0.3.0); the state is.
fsc_cli_test(conflicts_guard_israel_surname EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-en-5,[^\n]*,middle-east:israel_name,0,0,0,0,[^\n]*,true")
fsc_cli_test(conflicts_guard_israel_pos EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-en-6,[^\n]*,middle-east:israel_name,1,")
# Russia-Ukraine 0.3.0 (tests/data/conflicts/ru-0.3.0.jsonl, sentences
# written for this test; the fixture runner of lexicon_general.cmake with
# this pack): both sides' war labels in all inflected forms — «украинские
# каратели», «боевики ВСУ», «нацбаты» and «режимом Зеленского» (ru);
# «путинский режим», «кремлевские марионетки», «гауляйтер», «рашка»,
# «страна-террорист», «Z-патриоты» (ua) — and «каратели хунты» in Chile,
# out of scope, counting nothing.
fsc_lexicon_fixture_test(conflicts_ru_0_3 tests/data/conflicts/ru-0.3.0.jsonl 13
                         lexicons/conflicts/russia-ukraine.json russia-ukraine)
# Russia-Ukraine 0.4.0 (tests/data/conflicts/ru-0.4.0.jsonl, 10 sentences
# written for this test): slurs of both sides («майдауны», «порохоботы»;
# «путиноиды», «чмобики», «тиктоковские войска», «путинская орда»), regime
# labels by seat («режим в Киеве»: kiev_regime; «режим в Кремле»:
# kremlin_regime), «националистические батальоны»; and a curfew «комендантский
# режим в Москве» and a Chilean «режим в Сантьяго» that count nothing.
fsc_lexicon_fixture_test(conflicts_ru_0_4 tests/data/conflicts/ru-0.4.0.jsonl 10
                         lexicons/conflicts/russia-ukraine.json russia-ukraine)
