# Write a JSON Lines file whose middle line is over 50 MB: a good record, the
# huge one, and another good record (-DOUT=path).
string(REPEAT "occupation " 4800000 big)
file(WRITE ${OUT} "{\"id\":\"before\",\"text\":\"The occupation began.\"}\n")
file(APPEND ${OUT} "{\"id\":\"huge\",\"text\":\"${big}\"}\n")
file(APPEND ${OUT} "{\"id\":\"after\",\"text\":\"No occupation here.\"}\n")
