# framescope compare: golden JSON, shards = one run, determinism, input
# formats, edge cases and usage errors. Uses fsc_cli_test() from cli.cmake.
set(C tests/data/compare)
set(CMP_ARGS compare -q -f json --lexicon lexicons/karabakh-2023.json --permutations 500)

fsc_cli_test(compare_help EXIT 0 ARGS compare --help STDOUT "--by FIELD")
# Every figure pinned (R checks the numbers in unit.compare).
fsc_cli_test(compare_golden_json EXIT 0 ARGS ${CMP_ARGS} ${C}/rows.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/expected.json)
# Mergeable partials: shards scored apart (one with --no-matches, rows in a
# different order) give byte-identical output to one run.
fsc_cli_test(compare_shards EXIT 0 ARGS ${CMP_ARGS} ${C}/rows.jsonl
             COMPARE ${CMP_ARGS} ${C}/rows-shard2.jsonl ${C}/rows-shard1.jsonl)
# The tidy CSV of the same corpus gives the same comparison.
fsc_cli_test(compare_csv_input EXIT 0 ARGS ${CMP_ARGS} ${C}/rows.jsonl
             COMPARE ${CMP_ARGS} ${C}/rows.csv)
# Determinism: same seed, same bytes, whatever the threads.
fsc_cli_test(compare_threads EXIT 0 ARGS ${CMP_ARGS} -j 1 ${C}/rows.jsonl
             COMPARE ${CMP_ARGS} -j 3 ${C}/rows.jsonl)
fsc_cli_test(compare_stdin EXIT 0 ARGS ${CMP_ARGS} - STDIN ${CMAKE_SOURCE_DIR}/${C}/rows.jsonl
             COMPARE ${CMP_ARGS} ${C}/rows.jsonl)
# Readable table: accounting, plain-words differences.
fsc_cli_test(compare_table EXIT 0 ARGS compare ${C}/rows.jsonl
             STDOUT "Records: 26 read, 25 used, 1 skipped, 0 filtered out, 0 invalid.*skipped: empty text \\(1\\).*Differences: Mann-Whitney p_adj")
fsc_cli_test(compare_csv_output EXIT 0 ARGS compare -f csv ${C}/rows.jsonl
             STDOUT "^section,category,group,group_b,statistic,value,note\r?\n.*pairwise,karabakh-2023:occupation,Alpha,Beta,mw_p,0.04507106622028825,")
fsc_cli_test(compare_one_group EXIT 0 ARGS compare --where outlet=Alpha ${C}/rows.jsonl
             STDOUT "Only one group: no pairwise tests")
fsc_cli_test(compare_by_month EXIT 0 ARGS compare -f json --by date:month --bootstrap 0 ${C}/rows.jsonl
             STDOUT "\"name\":\"2023-09\".*\"name\":\"2023-10\"")
fsc_cli_test(compare_from_to EXIT 0 ARGS compare --from 2023-09-05 --to 2023-09-10 ${C}/rows.jsonl
             STDOUT "filtered out: before --from")
fsc_cli_test(compare_empty EXIT 0 ARGS compare tests/data/cli/empty.jsonl STDOUT "No articles to compare")
# A corpus is not score rows: say how to score it.
fsc_cli_test(compare_corpus_input EXIT 2 ARGS compare ${C}/corpus.jsonl
             STDERR "corpus.jsonl:1: not a score row.*framescope score")
fsc_cli_test(compare_bad_measure EXIT 2 ARGS compare --measure odds ${C}/rows.jsonl STDERR "unknown measure")
fsc_cli_test(compare_bad_date EXIT 2 ARGS compare --from 2023-02-30 ${C}/rows.jsonl STDERR "--from")
fsc_cli_test(compare_no_input EXIT 2 ARGS compare STDERR "no input")
fsc_cli_test(compare_missing EXIT 2 ARGS compare ${C}/no-such.jsonl STDERR "no-such.jsonl")

# Voices, attribution profile and keyness over voice-rows.jsonl, the score
# rows of voice-corpus.jsonl (hand-written; regenerate the rows with
#   build/framescope score -q --lexicon lexicons/karabakh-2023.json \
#     --lexicon lexicons/attribution/cues.json \
#     --lexicon lexicons/attribution/actors.json \
#     tests/data/compare/voice-corpus.jsonl > tests/data/compare/voice-rows.jsonl
# and the same with --no-matches > voice-rows-nomatch.jsonl and with
# -f csv > voice-rows.csv). unit.compare checks every figure by hand counts.
set(VR ${C}/voice-rows.jsonl)
fsc_cli_test(compare_voice EXIT 0 ARGS compare --voice attributed --bootstrap 0 ${VR}
             STDOUT "attributed voice only.*humanitarian\n[^\n]*\n  North +4 +0 +0 .*South +3 +2 +65\\.079")
fsc_cli_test(compare_voice_rate EXIT 0 ARGS compare -f csv --voice attributed --measure voice_rate --bootstrap 0 ${VR}
             STDOUT "filtered_reason,2,0 tokens in the attributed voice: voice_rate undefined.*descriptive,karabakh-2023:humanitarian,South,,mean,150\\.32679738562092,")
fsc_cli_test(compare_voice_no_data EXIT 0 ARGS compare --voice quoted ${C}/rows.jsonl
             STDOUT "filtered out: no voice data")
set(VQ compare -q -f json --voice quoted --permutations 200
       --category karabakh-2023:securitization --category karabakh-2023:humanitarian)
fsc_cli_test(compare_voice_csv_input EXIT 0 ARGS ${VQ} ${VR} COMPARE ${VQ} ${C}/voice-rows.csv)
fsc_cli_test(compare_bad_voice EXIT 2 ARGS compare --voice narrator ${VR} STDERR "unknown voice")
fsc_cli_test(compare_voice_rate_all EXIT 2 ARGS compare --measure voice_rate ${VR}
             STDERR "voice_rate needs --voice")
fsc_cli_test(compare_voice_weighted EXIT 2 ARGS compare --voice quoted --measure weighted ${VR}
             STDERR "not with --measure weighted")
fsc_cli_test(compare_share_attributed EXIT 0 ARGS compare -f csv --measure share_attributed --bootstrap 0 ${VR}
             STDOUT "descriptive,profile:share_attributed,North,,mean,0\\.1213235,.*pairwise,profile:share_attributed,North,South,mw_p,0\\.047678103136021874,")
fsc_cli_test(compare_anonymous_rate EXIT 0 ARGS compare --measure anonymous_rate --bootstrap 0 ${VR}
             STDOUT "filtered out: profile anonymous_rate is null \\(1\\)")
fsc_cli_test(compare_side EXIT 0 ARGS compare -f json --measure side:az --bootstrap 0 ${VR}
             STDOUT "\"measure\":\"side:az\".*\"categories\":\\[\"profile:side:az\"\\].*\"group\":\"North\",\"articles\":4,\"articles_with_match\":3,\"mean\":0\\.75,")
fsc_cli_test(compare_profile_no_data EXIT 0 ARGS compare --measure sources ${C}/rows.jsonl
             STDOUT "no \"profile\"")
fsc_cli_test(compare_profile_category EXIT 2 ARGS compare --measure sources --category karabakh-2023:occupation ${VR}
             STDERR "not with the profile measure")
# Several voices in one run (unit.compare checks every figure against the
# single-voice runs): golden JSON, the voice list's order does not matter,
# CSV sections carry the voice, the table has a block per voice.
set(VM compare -q -f json --permutations 200 --keyness)
fsc_cli_test(compare_voices_json EXIT 0 ARGS ${VM} --voice each ${VR}
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/voice-multi.json)
fsc_cli_test(compare_voices_order EXIT 0 ARGS ${VM} --voice attributed,all,quoted,authorial ${VR}
             COMPARE ${VM} --voice each ${VR})
fsc_cli_test(compare_voices_csv EXIT 0 ARGS compare -f csv --bootstrap 0 --voice quoted,authorial ${VR}
             STDOUT "options,,,,voices,0,authorial\r?\noptions,,,,voices,1,quoted\r?\n.*descriptive:authorial,karabakh-2023:humanitarian,North,,articles,4,.*descriptive:quoted,.*pairwise:authorial,.*pairwise:quoted,")
fsc_cli_test(compare_voices_table EXIT 0 ARGS compare --bootstrap 0 --voice all,attributed ${C}/rows.jsonl ${VR}
             STDOUT "voices all, attributed\n.*attributed: no voice data[^\n]*\(25\).*== Voice: all ==.*== Voice: attributed ==.*fewer than 3 groups have articles in this voice")
fsc_cli_test(compare_voices_bad EXIT 2 ARGS compare --voice all,narrator ${VR} STDERR "unknown voice")
fsc_cli_test(compare_voices_trailing EXIT 2 ARGS compare --voice all, ${VR} STDERR "unknown voice")
# Keyness: every figure pinned (unit.compare recomputes them from hand
# counts with stats.c).
fsc_cli_test(compare_keyness_json EXIT 0 ARGS compare -q -f json --keyness --bootstrap 0 ${VR}
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/voice-keyness.json)
fsc_cli_test(compare_keyness_table EXIT 0 ARGS compare --keyness --keyness-top 3 --prior uniform ${VR}
             STDOUT "uniform prior a0 = 500.*North vs South \\(terms 8 vs 12, tokens 65 vs 55\\)\n    caution: [^\n]+a0[^\n]+\n +[^\n]+\n +[^\n]+\n +[^\n]+\n\n")
fsc_cli_test(compare_keyness_csv EXIT 0 ARGS compare -f csv --keyness ${VR}
             STDOUT "keyness,,North,South,terms_b,12,.*keyness,occupation,North,South,count_a,3,")
fsc_cli_test(compare_keyness_no_matches EXIT 0 ARGS compare --keyness ${C}/voice-rows-nomatch.jsonl
             STDOUT "no term data" STDERR "keyness: no term data")
fsc_cli_test(compare_bad_prior EXIT 2 ARGS compare --keyness --prior flat ${VR} STDERR "unknown prior")

# Time series (--period): every figure pinned; shards in another order give
# the same bytes; rows without a date are filtered out with the reason.
set(CMP_PERIOD compare -q -f json --lexicon lexicons/karabakh-2023.json --period week --bootstrap 500)
fsc_cli_test(compare_period_json EXIT 0 ARGS ${CMP_PERIOD} ${C}/rows.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/expected-period.json)
fsc_cli_test(compare_period_shards EXIT 0 ARGS ${CMP_PERIOD} ${C}/rows.jsonl
             COMPARE ${CMP_PERIOD} -j 2 ${C}/rows-shard2.jsonl ${C}/rows-shard1.jsonl)
fsc_cli_test(compare_period_table EXIT 0 ARGS compare --period month --bootstrap 0 ${C}/rows.jsonl
             STDOUT "Time series by month: mean per period[^\n]*\n  group +category +2023-09 +2023-10\n  Alpha +assistance +0 +-\n")
fsc_cli_test(compare_period_csv EXIT 0 ARGS compare -f csv --period day --bootstrap 0 ${C}/rows.jsonl
             STDOUT "options,,,,period,,day\r?\n.*series,karabakh-2023:occupation,Alpha,2023-09-02,articles,1,")
fsc_cli_test(compare_period_bad EXIT 2 ARGS compare --period year ${C}/rows.jsonl STDERR "unknown period")
# Contested terms: the lexicon's contrast pairs, or --contrast by hand.
fsc_cli_test(compare_contrast_table EXIT 0 ARGS compare --lexicon lexicons/karabakh-2023.json ${C}/rows.jsonl
             STDOUT "Contested terms .*toponym_khankendi vs toponym_stepanakert: outlet Alpha 100% toponym_khankendi \\(95% CI 100–100%\\), 4 articles")
fsc_cli_test(compare_contrast_manual EXIT 0 ARGS compare -f csv --contrast karabakh-2023:toponym_stepanakert,karabakh-2023:toponym_khankendi ${C}/rows.jsonl
             STDOUT "contrast,karabakh-2023:toponym_khankendi,Beta,karabakh-2023:toponym_stepanakert,uses_b,4,")
fsc_cli_test(compare_contrast_bad EXIT 2 ARGS compare --contrast karabakh-2023:toponym_khankendi ${C}/rows.jsonl
             STDERR "--contrast.*A,B")
# Keyness with the corpus prior; p_adj is BH over every term x pair.
fsc_cli_test(compare_keyness_corpus EXIT 0 ARGS compare --keyness --prior corpus ${VR}
             STDOUT "corpus prior a0 = 500; G2 Williams-corrected, p_adj BH over the 9 terms x pairs.*p_adj = ")
# Text cells of the score CSV carry the formula guard ('=…, '-…); compare
# reads them back without it.
fsc_cli_test(score_csv_formula_guard EXIT 0 ARGS score -q -f csv tests/data/cli/formula.jsonl
             STDOUT "\n'=1\\+1,'-evil,2023-01-01,en,scored")
fsc_cli_test(compare_csv_unguard EXIT 0
             ARGS compare -q -f json --bootstrap 0 tests/data/compare/formula.csv
             STDOUT "\"groups\":\\[{\"name\":\"-evil\",\"articles\":1}")

# Rows carry the lexicon set they were scored with: compare refuses rows of
# two sets (here the bundled set and karabakh-2023 alone), names it in JSON,
# and compares framing categories only unless --all-layers or --category.
fsc_cli_test(compare_mixed_lexicon_sets EXIT 2
             ARGS compare ${C}/set-bundled.jsonl ${C}/set-karabakh-only.jsonl
             STDERR "set-karabakh-only.jsonl:1: this row was scored with another lexicon set than the row at line 1 .*cannot be compared")
fsc_cli_test(compare_lexicon_set_json EXIT 0 ARGS compare -f json --bootstrap 0 ${C}/set-bundled.jsonl
             STDOUT "\"lexicon_set\":\\{\"lexicons\":\\[\\{\"name\":\"karabakh-2023\",\"version\":\"[0-9.]+\",\"sha256\":\"[0-9a-f]+\",\"layer\":\"framing\"\\}.*\"layer\":\"attribution\"")
fsc_cli_test(compare_framing_only EXIT 0 ARGS compare -f json --bootstrap 0 ${C}/set-bundled.jsonl
             STDOUT "\"categories\":\\[\"(karabakh-2023|loaded-language):[a-z_]+\"(,\"(karabakh-2023|loaded-language):[a-z_]+\")*\\]")
fsc_cli_test(compare_all_layers EXIT 0 ARGS compare --all-layers --bootstrap 0 ${C}/set-bundled.jsonl
             STDOUT "\nattribution-cues:cue\n")
# Each difference in words carries the 95% CI of its effect (Cliff's delta).
fsc_cli_test(compare_finding_effect_ci EXIT 0 ARGS compare --min-group 2 --min-effect 0.01 --alpha 0.5 --bootstrap 0 ${C}/rows.jsonl
             STDOUT "Beta uses humanitarian; Alpha never does \\(Cliff.s δ = 0.75, 95% CI 0.29 to 0.93; mean rate")
