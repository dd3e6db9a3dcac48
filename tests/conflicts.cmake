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
             STDOUT "ok: middle-east 0\\.1\\.0, 36 categories")
fsc_cli_test(conflicts_check_ru EXIT 0 ARGS lexicon check lexicons/conflicts/russia-ukraine.json
             STDOUT "ok: russia-ukraine 0\\.1\\.0, 20 categories")
# Yemen: the coalition's names in one article, the Houthis' in the other;
# both in the Middle East scope, out of the Russia-Ukraine one.
fsc_cli_test(conflicts_yemen_coalition EXIT 0 ARGS ${CF_ARGS} ${CF}
             STDOUT "me-ar-1,[^\n]*,middle-east:houthi_coup,1,[^\n]*,true,framing\r?\n[^\n]*me-ar-1,[^\n]*,middle-east:ansar_allah,0,")
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
