/*
 * report_json.h - JSON pieces shared by the compare and report renderers
 * (internal).
 */
#ifndef FSC_REPORT_JSON_H
#define FSC_REPORT_JSON_H

#include "framescope/compare.h"

#include <cjson/cJSON.h>

/* The JSON document of `framescope compare --format json` as a tree
 * (caller deletes), or NULL when out of memory. */
cJSON *fsc__compare_json(const fsc_compare_result *r);

#endif
