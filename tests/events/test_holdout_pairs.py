"""Cross-source merging on pair sets the rules were not first written on.

Every set but ``pairs.jsonl`` (the tuning set) was written by a helper that never saw the rules,
the code or the other sets, measured once on arrival ("first look"), then studied: its misses
read and general rules added. Figures are precision / recall; "then" is the code of the round
before the set arrived. The history is in docs/events.md.

* ``holdout.jsonl`` (40): first 0.867 / 0.591; now 0.957 / 1.000.
* ``fresh.jsonl`` (50): first 0.882 / 0.536; now 1.000 / 1.000.
* ``blind.jsonl`` (50): first 0.810 / 0.607; now 0.966 / 1.000.
* ``final.jsonl`` (60): first 0.870 / 0.588; now 1.000 / 0.912.
* ``last.jsonl`` (50): first 1.000 / 0.750; now 1.000 / 0.929.
* ``extra.jsonl`` (40): first 0.944 / 0.773; now 1.000 / 0.909.
* ``check.jsonl`` (40): first 0.727 / 0.727; now 1.000 / 1.000.
* ``verify.jsonl`` (50): first 0.864 / 0.704; now 1.000 / 0.963.
* ``closing.jsonl`` (50): first 0.955 / 0.778; now 1.000 / 1.000.
* ``sealed.jsonl`` (50): first 0.905 / 0.704; now 0.963 / 0.963.
* ``unseen.jsonl`` (50): first 0.895 / 0.630; now 1.000 / 0.852.
* ``outside.jsonl`` (50): first 1.000 / 0.407; now 1.000 / 0.778.
* ``novel.jsonl`` (50): first 1.000 / 0.593; now 1.000 / 0.852.
* ``sealed3.jsonl`` (50): first 1.000 / 0.704 (0.857 / 0.444 with the round before); now 1.000 / 0.815.
* ``sealed2.jsonl`` (60): first 1.000 / 0.531 (1.000 / 0.406); now 1.000 / 0.594.
* ``sealed4.jsonl`` (50): first 0.938 / 0.556 (0.933 / 0.519); now 0.947 / 0.667.
* ``sealed5.jsonl`` (50): first 1.000 / 0.593 (0.923 / 0.444); now 1.000 / 0.815.
* ``sealed6.jsonl`` (60): first 1.000 / 0.594 (1.000 / 0.406); now 1.000 / 0.688.
* ``sealed7.jsonl`` (60): first 0.929 / 0.406 (1.000 / 0.406); studied on 2026-11-26.

Written on 2026-11-26, 60 pairs each (32 the same incident), measured once on arrival in
rounds of two or four, each round with the code left by the round before:

* ``sealed8``, ``sealed9``: first 1.000 / 0.375, 1.000 / 0.312.
* ``sealed10``, ``sealed11``: first 1.000 / 0.531, 0.952 / 0.625.
* ``sealed12`` to ``sealed15``: first 1.000 / 0.688, 0.966 / 0.875, 0.917 / 0.344, 1.000 / 0.406.
* ``sealed16`` to ``sealed19``: first 1.000 / 0.531, 0.938 / 0.469, 1.000 / 0.594, 1.000 / 0.469.
* ``sealed20`` to ``sealed23``: first 1.000 / 0.656, 1.000 / 0.562, 1.000 / 0.562, 1.000 / 0.625.
* ``sealed24`` to ``sealed27``: first 1.000 / 0.656, 0.941 / 0.500, 1.000 / 0.594, 1.000 / 0.562.
* ``sealed28`` to ``sealed31``: measured once with the final rules and never studied:
  0.947 / 0.562, 1.000 / 0.562, 0.952 / 0.625, 0.947 / 0.562.
* ``sealed32`` to ``sealed35`` (written on 2026-11-26 in a later session, measured once with the
  code of that morning, cee3d7e): 0.826 / 0.576, 0.957 / 0.688, 0.826 / 0.594, 0.952 / 0.625.
* ``sealed36`` to ``sealed39`` (same session, measured once with ba860e5): 0.938 / 0.469, 0.893 / 0.781,
  0.944 / 0.531, 0.818 / 0.281.
* ``sealed40``, ``sealed41`` (same session, measured once with 5de9621): 1.000 / 0.531, 0.926 / 0.781.
* ``sealed42`` to ``sealed45`` (same session, measured once with b14c939): 0.900 / 0.562, 0.800 / 0.625,
  0.917 / 0.688, 0.931 / 0.844.
* ``sealed46`` to ``sealed49`` (same session, measured once with e08f57e): 0.821 / 0.719, 0.759 / 0.667,
  0.875 / 0.656, 0.857 / 0.562.
* ``sealed50`` to ``sealed53`` (same session, measured once with e08f57e too, nothing tuned in between):
  1.000 / 0.656, 0.909 / 0.625, 1.000 / 0.469, 0.958 / 0.719.
* ``sealed54`` to ``sealed57`` (same session, measured once with 1202957): 0.826 / 0.594, 1.000 / 0.750,
  0.957 / 0.688, 1.000 / 0.594.
* ``sealed58`` to ``sealed61`` (same session, measured once with 9cbbf18): 0.952 / 0.625, 0.897 / 0.812,
  0.885 / 0.719, 0.875 / 0.656.
* ``sealed62`` to ``sealed65`` (measured once with 00f3dc3, studied later): 0.889 / 0.750, 0.786 / 0.688,
  0.739 / 0.531, 0.900 / 0.562.
* ``sealed66`` to ``sealed69`` (measured once with caa0449, then studied):
  0.931 / 0.844, 0.846 / 0.688, 0.870 / 0.625, 0.909 / 0.625.
* ``sealed70`` to ``sealed73``: measured once with the final rules of that session (a0e6319) and never
  studied: 0.815 / 0.688, 0.864 / 0.594, 0.806 / 0.781, 0.889 / 0.500.

* ``sealed75`` to ``sealed78`` (a third session, measured once with e2d043c, then studied; their
  prompt asked for some reports with no toll or a single victim): 0.759 / 0.688, 0.917 / 0.688,
  0.870 / 0.625, 0.929 / 0.812.
* ``sealed79`` to ``sealed82`` (measured once with c4ed410, then studied): 1.000 / 0.781,
  0.857 / 0.750, 0.952 / 0.625, 0.947 / 0.562.
* ``sealed83`` to ``sealed86`` (measured once with 759005f; their misses were read afterwards):
  0.920 / 0.719, 0.870 / 0.625, 1.000 / 0.594, 1.000 / 0.781.
* ``sealed87`` to ``sealed90``: measured once with the final rules of that session (218820d) and
  never studied: 1.000 / 0.688, 1.000 / 0.625, 0.957 / 0.688, 0.920 / 0.719.
* ``sealed91`` to ``sealed94`` (a fourth session, measured once with the code it started from,
  d2eb686, then studied): 0.929 / 0.406, 0.952 / 0.625, 0.962 / 0.781, 0.793 / 0.697.
* ``sealed95`` to ``sealed98`` (measured once with 3864121, sealed97 with 6882b58, then studied):
  1.000 / 0.938, 0.885 / 0.719, 0.958 / 0.719, 0.955 / 0.656.
* ``sealed99`` to ``sealed102``: measured once with the final rules of that session (7130c54) and
  never studied: 0.958 / 0.719, 0.920 / 0.719, 1.000 / 0.875, 0.857 / 0.750.
* ``sealed103`` to ``sealed106``: measured once with the final rules of that session (a3d9332) and
  never studied then: 0.909 / 0.625, 0.781 / 0.781, 0.933 / 0.875, 0.897 / 0.812. The fifth session
  studied ``sealed99`` to ``sealed106``.
* ``sealed107`` to ``sealed110`` (a fifth session, measured once with 63b8c1c, then studied):
  0.895 / 0.531, 1.000 / 0.625, 0.920 / 0.719, 0.889 / 0.750.
* ``sealed111`` to ``sealed114``: measured once on arrival (b7bfb5a) and with the final rules of that
  session (82afa21), never studied: 1.000 / 0.531, 1.000 / 0.656, 0.931 / 0.844, 0.955 / 0.656. The sixth
  session studied them.
* ``sealed115`` to ``sealed118`` (a sixth session, measured once with the code it started from, e76165d,
  then studied): 0.947 / 0.562, 1.000 / 0.812, 0.926 / 0.781, 0.964 / 0.844.
* ``sealed123`` to ``sealed126`` (same session, measured once with c16fd74, then studied):
  1.000 / 0.812, 0.906 / 0.906, 1.000 / 0.938, 0.900 / 0.844.
* ``sealed119`` to ``sealed122`` and ``sealed127`` to ``sealed130`` (same session): measured once with
  the rules of c2e77df (the final rules, 16c1635, give the same) and never studied: 0.826 / 0.594,
  0.897 / 0.812, 0.889 / 1.000, 0.923 / 0.750; 0.903 / 0.875, 1.000 / 0.781, 0.800 / 0.750, 0.941 / 0.500.
  The seventh session studied them.
* ``sealed131`` to ``sealed134`` (a seventh session, measured once with the code it started from,
  49e2399, then studied): 0.958 / 0.719, 1.000 / 0.531, 1.000 / 0.688, 0.929 / 0.812.
* ``sealed135`` to ``sealed138`` (same session): measured once with the code it started from
  (0.889 / 0.750, 0.950 / 0.594, 0.912 / 0.969, 0.960 / 0.750) and once with its final rules (ddc26c4),
  never studied: 0.889 / 0.750, 1.000 / 0.594, 0.912 / 0.969, 0.963 / 0.812.
* ``sealed139`` to ``sealed142`` (same session): measured once with ddc26c4 (0.976 / 0.648 pooled;
  the start code, 49e2399, gets 0.977 / 0.664): 1.000 / 0.594, 1.000 / 0.500, 0.917 / 0.688,
  1.000 / 0.812. Only the two pairs the start code merged and ddc26c4 did not were read.
* ``sealed143`` to ``sealed146`` (same session): measured once with its final rules (95b273c), never
  studied: 1.000 / 0.594, 1.000 / 0.781, 0.926 / 0.781, 1.000 / 0.656 (the start code: the same but
  0.923 / 0.750 for ``sealed145``).
* ``sealed147`` to ``sealed150`` (an eighth session, measured once with the code it started from,
  2cb6557, then studied): 1.000 / 0.875, 0.964 / 0.844, 0.800 / 0.750, 0.857 / 0.750.
* ``sealed151`` to ``sealed154`` (same session): measured once with the start code (0.931 / 0.818,
  1.000 / 0.875, 0.962 / 0.781, 0.963 / 0.812) and once with its final rules, never studied:
  0.931 / 0.818, 1.000 / 0.875, 0.964 / 0.844, 0.964 / 0.844.
* ``sealed155`` to ``sealed158`` (a ninth session, measured once with the code it started from,
  a61e0e7, then studied): 0.909 / 0.938, 0.889 / 0.750, 0.964 / 0.844, 0.893 / 0.781.
* ``sealed159`` to ``sealed162`` (same session): measured once with the start code (1.000 / 0.688,
  0.957 / 0.688, 0.880 / 0.688, 1.000 / 0.688) and once with its final rules, never studied:
  1.000 / 0.688, 0.957 / 0.688, 0.880 / 0.688, 1.000 / 0.719.
* ``sealed163`` to ``sealed166`` (same session, a third round): measured once on arrival with
  1811ec5 (the start code, a61e0e7, gets the same but 0.947 / 0.562 for ``sealed166``) and once
  with the final rules, never studied: 0.923 / 0.750, 0.897 / 0.812, 0.966 / 0.875, 0.955 / 0.656.
* ``sealed167`` to ``sealed170`` (a tenth session, measured once with the code it started from,
  fc2be6d, then studied): 0.917 / 0.688, 1.000 / 0.688, 0.950 / 0.594, 1.000 / 0.469.
* ``sealed171`` to ``sealed174`` (same session): measured once with the start code (1.000 / 0.500,
  0.778 / 0.438, 0.952 / 0.625, 0.875 / 0.438) and once with its final rules, never studied:
  1.000 / 0.500, 0.789 / 0.469, 0.955 / 0.656, 0.875 / 0.438; studied by the eleventh session.
* ``sealed175`` to ``sealed178`` (an eleventh session): measured once with the start code, 7560f5c
  (0.857 / 0.750, 0.889 / 0.500, 0.880 / 0.688, 0.905 / 0.594), and once with its final rules,
  never studied: 0.857 / 0.750, 0.842 / 0.500, 0.880 / 0.688, 0.905 / 0.594; studied by the twelfth
  session (now 0.875 / 0.875, 0.850 / 0.531, 0.893 / 0.781, 0.913 / 0.656).
* ``sealed179`` to ``sealed182`` (a twelfth session: Iraq; Nigeria; Afghanistan and Pakistan's
  Khyber Pakhtunkhwa and Balochistan; Ukraine and Russia's border regions): measured once with the
  start code, d9b07a1 (0.857 / 0.750, 1.000 / 0.812, 0.893 / 0.781, 0.871 / 0.844), and once with
  its final rules, never studied: 0.857 / 0.750, 1.000 / 0.812, 0.893 / 0.781, 0.875 / 0.875.
* ``sealed183`` to ``sealed186`` (a thirteenth session: the eastern Democratic Republic of the Congo;
  Syria; Somalia and north-eastern Kenya; Myanmar): measured once with the start code, 15fe4ce
  (0.885 / 0.719, 0.958 / 0.719, 1.000 / 0.781, 0.913 / 0.656), and once with its final rules,
  never studied: 0.885 / 0.719, 0.958 / 0.719, 1.000 / 0.781, 0.917 / 0.688.
* ``sealed187`` to ``sealed190`` (a fourteenth session: Sudan; Yemen; Burkina Faso, Mali and western
  Niger; Syria): measured once with the start code, 7002431, the rules (0.963 / 0.812, 0.960 / 0.750,
  0.870 / 0.625, 0.917 / 0.688), and once with the learned matcher fitted on the 198 sets before them
  (1.000 / 0.875, 0.963 / 0.812, 0.792 / 0.594, 0.917 / 0.688); never studied, then added to the
  matcher's training like every set here.
* ``sealed191`` to ``sealed194`` (same session, a second round: Ethiopia; Colombia; Cameroon; Syria):
  measured once with the rules (0.917 / 0.688, 0.950 / 0.594, 0.885 / 0.719, 0.870 / 0.625) and once
  with the matcher fitted on the 202 sets before them (1.000 / 0.625, 0.957 / 0.688, 1.000 / 0.531,
  0.857 / 0.562); never studied, then added to the training.
* ``sealed195`` to ``sealed198`` (a fifteenth session, a third round: Somalia; Nigeria's Middle Belt and
  north-west; Iraq; southern Syria): measured once with the start code, 6d3022d, the rules (0.957 /
  0.688, 0.962 / 0.781, 0.897 / 0.812, 0.875 / 0.656) and the matcher fitted on the 206 sets before them
  (1.000 / 0.594, 0.962 / 0.781, 0.957 / 0.688, 1.000 / 0.625); then added to the training.
* ``sealed199`` to ``sealed202`` (a sixteenth session, a fourth round: Yemen; northern Mozambique;
  Khyber Pakhtunkhwa and Balochistan; Myanmar): measured once on arrival with the start code, 63eb356,
  the rules (0.909 / 0.938, 1.000 / 0.750, 0.967 / 0.906, 0.963 / 0.812) and the matcher fitted on the
  210 sets before them (0.893 / 0.781, 0.957 / 0.688, 0.968 / 0.938, 1.000 / 0.781); then added to the
  training.
* ``sealed203`` to ``sealed206`` (a seventeenth session, a fifth round: Burkina Faso and Mali; eastern
  DR Congo; Iraq and north-east Syria; Sudan and Ethiopia): measured once on arrival with the start code,
  b96617b, the rules (0.960 / 0.750, 0.920 / 0.719, 0.923 / 0.750, 0.929 / 0.812) and the matcher fitted
  on the 214 sets before them (0.960 / 0.750, 0.960 / 0.750, 0.962 / 0.781, 0.964 / 0.844); then added.
* ``sealed207`` to ``sealed210`` (an eighteenth session, a sixth round: Syria; north-west and north-central
  Nigeria; Somalia and north-eastern Kenya; Colombia, Ecuador and Mexico): measured once on arrival with
  the start code, 118305a, the rules (0.926 / 0.781, 1.000 / 0.938, 0.950 / 0.594, 0.917 / 0.688) and the
  matcher fitted on the 218 sets before them (0.955 / 0.656, 1.000 / 0.906, 0.950 / 0.594, 1.000 /
  0.656); then studied (their misses led to the session's place rules) and added to the training.
* ``sealed211`` to ``sealed214`` (a nineteenth session, a seventh round: Ukraine's front-line oblasts and
  Russia's border regions; Central African Republic and South Sudan; Mindanao and the Sulu archipelago;
  Niger and the Lake Chad basin): measured once on arrival with the start code, 1fb02b3, the rules (0.964 /
  0.844, 0.931 / 0.844, 0.893 / 0.781, 1.000 / 0.781) and the matcher fitted on the 222 sets before them
  (1.000 / 0.875, 0.923 / 0.750, 0.913 / 0.656, 1.000 / 0.844); then studied and added to the training.
* ``sealed215`` to ``sealed218`` (the same session, an eighth round: Haiti; Manipur, Bastar and Jammu and
  Kashmir; northern Benin and Togo and south-eastern Burkina Faso; southern Lebanon and northern Israel):
  measured once on arrival with that session's final rules and weights, d23b76b, the rules (0.952 / 0.625,
  0.963 / 0.812, 0.933 / 0.875, 0.952 / 0.625) and the matcher fitted on the 226 sets before them (1.000 /
  0.625, 0.968 / 0.938, 0.926 / 0.781, 1.000 / 0.719); one rule came from their misses ("the day before"),
  the weights were not refitted on them.
* ``sealed219`` to ``sealed222`` (a twentieth session, a ninth round: Senegal's Casamance and its Gambian and
  Bissau-Guinean borders; Tigray, Afar and northern Amhara; the Armenia-Azerbaijan border and Karabakh;
  Burundi and the Ruzizi plain): measured once on arrival with the start code, 80e20d6, the rules (0.952 /
  0.625, 0.889 / 0.750, 1.000 / 0.531, 0.944 / 0.531) and the matcher fitted on the 226 sets before them
  (0.920 / 0.719, 0.889 / 0.750, 0.947 / 0.562, 1.000 / 0.562); then studied (their misses led to the
  session's incident words and rules) and added; the weights were not refitted on them.
* ``sealed223`` to ``sealed226`` (a twenty-first session, a tenth round: south-eastern Nigeria; central
  Mozambique's Manica and Sofala; the Kasai and Mai-Ndombe in the Congo; the Niger Delta): measured once on
  arrival with the start code, 75ae59f, the rules (1.000 / 0.750, 0.950 / 0.594, 0.933 / 0.875, 0.905 /
  0.594) and the matcher fitted on the 226 sets (1.000 / 0.781, 0.960 / 0.750, 0.926 / 0.781, 0.952 /
  0.625); then studied (their misses led to the session's rules) and added; the weights were not refitted.
* ``sealed227`` to ``sealed230`` (a twenty-second session, an eleventh round: Thailand's deep south;
  Indonesia's Papua provinces; the West Bank; Libya): measured once on arrival with the start code,
  02e6999, the rules (0.857 / 0.750, 0.941 / 0.500, 0.917 / 0.688, 1.000 / 0.656) and the matcher fitted on
  the 226 sets (0.875 / 0.875, 0.950 / 0.594, 1.000 / 0.625, 1.000 / 0.500); then studied (their misses led
  to the session's rules and Indonesia's provinces and regencies) and added; the weights were not refitted.
* ``sealed231`` to ``sealed234`` (a twenty-third session, a twelfth round: Nagorno-Karabakh and the
  Armenia-Azerbaijan border; Russia's North Caucasus; Sri Lanka's war of 2006-2009; Brazil's police
  operations and gangs): measured once on arrival with the start code, 87c05c7, the rules (0.929 / 0.406,
  1.000 / 0.719, 1.000 / 0.656, 0.846 / 0.688) and the matcher fitted on the 226 sets (0.875 / 0.438,
  1.000 / 0.750, 1.000 / 0.750, 0.857 / 0.750); then studied (their misses led to the session's rules) and
  added; the weights were not refitted.
* ``sealed235`` to ``sealed238`` (the same session, a thirteenth round: Algeria's civil war of 1994-2002;
  Nepal's Maoist insurgency; the war in Donbas of 2014-2015; the Lord's Resistance Army in northern Uganda,
  north-eastern Congo and Western Equatoria): written late in the session and measured once with its final
  code and the matcher fitted on the 226 sets (0.929 / 0.812, 1.000 / 0.844, 1.000 / 0.594, 1.000 / 0.656;
  the start code, 87c05c7, gave the same) and the rules (0.926 / 0.781, 1.000 / 0.844, 0.905 / 0.594,
  1.000 / 0.344); never studied but for two misses read after that look ("slaughtered a family of seven",
  "a dozen villagers were slaughtered": now counted), which raised ``sealed235`` recall 0.81 to 0.87.
* ``sealed239`` to ``sealed242`` (a twenty-fourth session, a fourteenth round: Egypt's North Sinai
  insurgency of 2014-2018; south-eastern Turkey and the PKK in 2015-2016; the Gaza Strip in 2023-2024;
  Baghdad's sectarian violence of 2006-2007): measured once on arrival with the start code, d80329e, the
  rules (1.000 / 0.625, 1.000 / 0.781, 0.944 / 0.531, 0.786 / 0.688) and the matcher fitted on the 226 sets
  (0.958 / 0.719, 1.000 / 0.875, 0.955 / 0.656, 0.786 / 0.688); then studied (their misses led to the
  session's rules: quarters of a city, a look-alike namesake far from its town, regions inside one country)
  and added; the weights were not refitted.
* ``sealed243`` to ``sealed246`` (the same session, a fifteenth round: Kosovo in 1998-1999; Darfur in
  2003-2008; Karachi in 2010-2015; the Lebanon war of 2006): measured once with the session's rules of
  round 14 (d2a3268; the start code gave the same), the rules (1.000 / 0.469, 0.957 / 0.688, 0.889 / 0.500,
  1.000 / 0.531) and the matcher fitted on the 226 sets (1.000 / 0.500, 0.958 / 0.719, 0.905 / 0.594,
  1.000 / 0.531); then studied (people "from" a list of countries, Kosovo filed under Serbia, "the previous
  week", "in early March", Kosovo's districts and towns under their Albanian and Serbian names) and added;
  the weights were not refitted.
* ``sealed247`` to ``sealed250`` (a twenty-fifth session, a sixteenth round: Bosnia in 1992-1995; Northern
  Ireland's Troubles; Sri Lanka in 2006-2009; Aceh in 1999-2005): measured once on arrival with the start
  code, cb34d13, the rules (0.917 / 0.688, 0.941 / 0.500, 1.000 / 0.750, 0.920 / 0.719) and the matcher
  fitted on the 226 sets (0.913 / 0.656, 0.938 / 0.469, 1.000 / 0.781, 0.920 / 0.719); then studied (the
  provinces of Sri Lanka, Bosnia and the United Kingdom, Northern Ireland's counties, Indonesian regencies
  in English, a diplomat's country, "taken at gunpoint", people counted by faith, the day of the event a
  killing answers) and added; the weights were not refitted.
* ``sealed251`` to ``sealed254`` (the same session, a seventeenth round: Nepal's Maoist insurgency; Sierra
  Leone's civil war; Algeria's civil war; Chechnya and the North Caucasus in 1999-2009): measured once with
  the session's rules of round 16 (3121391), the rules (0.920 / 0.719, 1.000 / 0.594, 0.960 / 0.750,
  0.889 / 0.750) and the matcher fitted on the 226 sets (0.935 / 0.906, 1.000 / 0.719, 0.931 / 0.844,
  0.926 / 0.781); then studied (Nepal's and
  Sierra Leone's provinces and districts, a town in apposition to its district, "a general strike", "on 9
  and 10 February", "in the month to mid-March", a toll since the start of a war) and added; the weights
  were not refitted.
* ``sealed255`` to ``sealed258`` (the same session, an eighteenth round: Croatia in 1991-1995; Peru's internal
  conflict of 1980-2000; Liberia's civil wars; Georgia's conflicts of 1992-2008): measured once with the
  session's rules of round 17 (53dcc38), the rules (0.882 / 0.469, 0.926 / 0.781, 0.952 / 0.625, 0.950 /
  0.594) and the matcher fitted on the 226 sets (0.944 / 0.531, 0.929 / 0.812, 0.957 / 0.688, 0.950 /
  0.594). The helper that wrote ``sealed256`` wrote 53 of its 120 reports in Spanish, which tolltrack does
  not read (0.667 / 0.062 so); another translated them into English, and the English set was measured, still
  with 53dcc38, before anyone read it. Then studied (the provinces of Georgia, Croatia and Liberia, "the
  second such attack in two days", holidays of a fixed day, "moved out of", "fleeing toward") and added; the
  weights were not refitted.
* ``sealed259`` to ``sealed262`` (the twenty-sixth session, a nineteenth round: Angola's civil war of 1992-2002;
  El Salvador's of 1980-1992; the Lord's Resistance Army in northern Uganda; Lebanon's civil war of
  1975-1990): measured once with the session's start code (f5245ba), the rules (1.000 / 0.781, 0.933 / 0.438,
  0.958 / 0.719, 0.947 / 0.562) and the matcher fitted on the 226 sets (1.000 / 0.656, 0.950 / 0.594, 0.929 /
  0.812, 0.913 / 0.656). Then studied (the departments of El Salvador and provinces of Angola with their
  municipalities, wire-style dates, camps named after their villages, refugees of a country, "told reporters
  in") and added; the weights were not refitted.
* ``sealed263`` to ``sealed266`` (the same session, a twentieth round: Tajikistan's civil war of 1992-1997;
  East Timor in 1999; Mozambique's civil war of 1982-1992; Guatemala's of 1980-1996): measured once with the
  session's rules of round 19 (ebe29aa), the rules (0.938 / 0.469, 0.864 / 0.594, 0.957 / 0.688, 0.933 /
  0.438) and the matcher fitted on the 226 sets (0.938 / 0.469, 0.905 / 0.594, 0.920 / 0.719, 0.933 /
  0.438). Added unstudied (the session ended): their floors recorded the first look until the
  twenty-seventh session studied them (the first-level divisions of every uncurated country from GeoNames,
  Guatemala's departments and municipalities, East Timor filed under Indonesia) and raised them.
* ``sealed267`` to ``sealed270`` (the twenty-seventh session, a twenty-first round: Cambodia 1979-1998;
  Kashmir 1990-2005; Somalia 1991-2000; Burundi 1993-2005): measured once with the session's start code
  (491f1fa), the rules (0.944 / 0.531, 0.931 / 0.844, 0.882 / 0.469, 0.929 / 0.812) and the matcher fitted on
  the 226 sets (0.941 / 0.500, 0.931 / 0.844, 0.870 / 0.625, 0.960 / 0.750). Then studied (a division of an
  uncurated country named with its word, a commander and his men, "two soldiers and a civilian", a grenade
  launcher, "the third official killed this year") and added; the weights were not refitted.
* ``sealed271`` to ``sealed274`` (the same session, a twenty-second round: Rwanda 1990-1998; Nicaragua's Contra
  war; Yemen 1994-2010; Iraqi Kurdistan 1991-1998): measured once with the rules written for round 21
  (6d8d8f8), the rules (0.923 / 0.375, 0.950 / 0.594, 0.952 / 0.625, 1.000 / 0.656) and the matcher (0.882 /
  0.469, 1.000 / 0.625, 0.960 / 0.750, 1.000 / 0.688). Then studied (a date told weeks later, what survivors
  tell, the fire that helped take a town, the contras) and added.
* ``sealed275`` to ``sealed278`` (the same session, a twenty-third round: Congo-Brazzaville 1997-2002; Rhodesia's
  Bush War of 1972-1979; South Africa 1985-1994; India's Punjab 1984-1993): measured once with the rules
  written for rounds 20 to 22 (2cda9e0), the rules (1.000 / 0.719, 0.889 / 0.500, 1.000 / 0.812, 0.958 /
  0.719) and the matcher (1.000 / 0.656, 0.842 / 0.500, 1.000 / 0.844, 1.000 / 0.750). Then looked at
  briefly (Rhodesia is Zimbabwe, the Ninja militia, a title of several words, ", both members of") and added.
* ``sealed279`` to ``sealed282`` (the twenty-eighth session, a twenty-fourth round: Algeria 1992-2000; Peru
  1980-1995; Chad 2005-2010; Nagorno-Karabakh 1991-1994): measured once with the session's start code
  (f6e66a1), the rules (0.917 / 0.688, 0.952 / 0.625, 0.947 / 0.562, 0.875 / 0.438) and the matcher fitted on
  the 226 sets (0.923 / 0.750, 0.955 / 0.656, 1.000 / 0.719, 1.000 / 0.500). Then studied (a town of another
  country the report names, an unknown area that keeps its word, a city that gives the bearing, "X, a hamlet
  near Y", a series apposition's span, a border clash told from each side) and added.
* ``sealed283`` to ``sealed286`` (the same session, a twenty-fifth round: the Eritrean-Ethiopian war; Moldova
  and Transnistria 1992; Papua 1998-2024; Mindanao 1972-2000): measured once with the rules written for round
  24 (acc1cbf), the rules (0.944 / 0.531, 0.895 / 0.531, 1.000 / 0.719, 0.920 / 0.719) and the matcher (0.955 /
  0.656, 0.882 / 0.469, 0.955 / 0.656, 0.926 / 0.781). Then studied (Moldova's names, "Luuk, Sulu", a later
  count above an earlier floor, a statement's town, peacekeepers' home countries) and added.
* ``sealed287`` to ``sealed290`` (the same session, a twenty-sixth round: Lebanon 1975-1990; the Western Sahara
  war; the North Caucasus 2007-2013; Bougainville 1988-1998): measured once with the session's rules of rounds
  24 and 25 (0aa44e9), the rules (0.950 / 0.594, 1.000 / 0.594, 1.000 / 0.875, 0.931 / 0.844) and the matcher
  (0.950 / 0.594, 1.000 / 0.625, 1.000 / 0.812, 0.929 / 0.812); the session's start code gave the same.
  Then looked at briefly ("the December 6 killings", "the suburb of Aukar", country adjectives that cast no
  vote) and added.
* ``sealed291`` to ``sealed294`` (the twenty-ninth session, a twenty-seventh round: Turkey's Kurdish conflict of
  1990-1999; the Tuareg rebellions of 2007-2009; Colombia 1996-2002; Afghanistan 1992-2001): measured once with
  the session's start code (82b86a4), the rules (0.958 / 0.719, 0.963 / 0.812, 1.000 / 0.688, 0.957 / 0.688)
  and the matcher (0.966 / 0.875, 0.963 / 0.812, 1.000 / 0.750, 0.920 / 0.719). Then studied (names that open
  with a capital bearing a diacritic, "Çukurca"; the hanged and executed captives; "the 8 February raid"; a
  toll the report's sources dispute) and added.
* ``sealed295`` to ``sealed298`` (the same session, a twenty-eighth round: Kenya 2006-2008; Côte d'Ivoire
  2002-2011; Indonesia's Maluku, Poso and Sampit 1999-2004; India's north-east 1990-2010): measured once with
  the rules written for round 27 (5378674), the rules (0.917 / 0.688, 1.000 / 0.562, 0.964 / 0.844, 0.960 /
  0.750) and the matcher (0.952 / 0.625, 1.000 / 0.688, 0.966 / 0.875, 0.960 / 0.750); the start code gave the
  same. Then studied ("Mt Elgon", "the X and Y groups", one dead before "died" beside a count of wounded, "in
  June alone") and added.
* ``sealed299`` to ``sealed302`` (the same session, a twenty-ninth round: Guinea's border war of 2000-2001;
  Chiapas 1994-1998; Sri Lanka 1990-2001; Uganda's ADF 1996-2001): measured once with the rules written for
  rounds 27 and 28 (9fbd7d0), the rules (1.000 / 0.656, 1.000 / 0.500, 0.880 / 0.688, 0.960 / 0.750) and the
  matcher (1.000 / 0.656, 1.000 / 0.531, 0.920 / 0.719, 0.958 / 0.719); the start code gave the same. Then
  studied (the village of an earlier raid told after the count, raiders' home province, the Zapatistas'
  country, a county inside a district) and added.
* ``sealed303`` to ``sealed306`` (the same session, a thirtieth round: ETA in Spain 1980-2000; Macedonia 2001;
  Mexico's drug war of 2008-2012; Swat 2007-2009): measured once with the rules written for rounds 27 to 29
  (63c53ee), the rules (0.917 / 0.344, 1.000 / 0.500, 0.923 / 0.750, 1.000 / 0.656) and the matcher (1.000 /
  0.281, 1.000 / 0.562, 0.926 / 0.781, 1.000 / 0.844); the start code gave 1.000 / 0.531 on ``sealed304`` and
  the same on the others. Then looked at briefly (ETA's and the Guardia Civil's country, the hospital a wounded
  man died in, "Juárez" for Ciudad Juárez) and added. ``sealed303`` keeps the lowest recall of all sets: its
  reports name Basque towns in two languages ("Iruñea", "Donostia"), sites no gazetteer holds, and counts an
  uncounted killing of one named person the matcher weighs little.
* ``sealed307`` to ``sealed310`` (the thirtieth session, a thirty-first round: Myanmar's Kachin and northern Shan
  states 2011-2018; the Philippines' communist insurgency 1985-2015; Iraq's Anbar province 2004-2007; South
  Ossetia and Abkhazia 1991-2008): measured once with the start code (e3b1ddb), the rules (0.960 / 0.750, 0.963
  / 0.812, 0.828 / 0.750, 0.950 / 0.594) and the matcher (0.958 / 0.719, 0.966 / 0.875, 0.862 / 0.781, 0.955 /
  0.656). Then studied (a casualty's home town, a route's far end, a month as a subject, ranks with a stop,
  Burmese aspirates, a verb of taking towns that takes people) and added. Many Kachin and Shan towns
  ("Hpakant", "Laiza", "Momauk Township") are in no gazetteer the project ships.
* ``sealed311`` to ``sealed314`` (the thirty-first session, a thirty-second round: Thailand's southern insurgency
  2004-2014; the North Caucasus insurgency 2007-2014; eastern Congo 2008-2022; the second intifada 2000-2005):
  measured once with the start code (8ac2d74), the rules (0.962 / 0.781, 1.000 / 0.750, 0.917 / 0.688, 0.958 /
  0.719) and the matcher (0.964 / 0.844, 1.000 / 0.750, 0.923 / 0.750, 1.000 / 0.812). Then studied (a post
  between commas, a title between commas, counts of others, hyphened ranks and ages, a region's own ministry,
  a venue's name, a bomb hidden in a vehicle, a Congolese sector) and added.
* ``sealed315`` to ``sealed318`` (the thirty-first session, a thirty-third round: the Niger Delta 2006-2016;
  Burundi 1995-2008; Chad 2005-2009; the Chittagong Hill Tracts 1990-2023): measured once with the code of
  6c6c904, the rules (1.000 / 0.719, 0.923 / 0.750, 0.950 / 0.594, 1.000 / 0.625) and the matcher (1.000 /
  0.719, 0.923 / 0.750, 0.960 / 0.750, 1.000 / 0.781). Then studied (unit words one country uses, peoples
  named like states, where a peace was signed, a count "by Friday", the hills' parties, "Dar Sila", "dj" for
  "j") and added.
* ``sealed319`` to ``sealed322`` (the thirty-second session, a thirty-fourth round: Cameroon's Anglophone
  regions 2017-2023; Mozambique's RENAMO insurgency 2013-2019; Kashmir 1995-2020; Darfur 2003-2010): measured
  once with the start code (e453414), the rules (0.960 / 0.750, 1.000 / 0.781, 1.000 / 0.688, 1.000 / 0.781)
  and the matcher (1.000 / 0.750, 0.960 / 0.750, 1.000 / 0.688, 1.000 / 0.844). Then studied (the hospital
  a man died in named by its town, the day of a curfew after a killing, missionaries abroad, "Mile 4" quarters,
  RENAMO's junta, blame in the next sentence, peace-mission soldiers, "south Kashmir", "Jammu and Kashmir" as
  one name, a liberation army's name, the place a bombardment befell) and added.
* ``sealed323`` to ``sealed326`` (the same session, a thirty-fifth round: Nepal's Maoist insurgency 1996-2006;
  Algeria 1992-2002; Sierra Leone 1991-2002; Chechnya and Ingushetia 1999-2009): measured once with the code
  of c36b711 (after round 34's rules), the rules (0.967 / 0.906, 0.938 / 0.938, 1.000 / 0.625, 0.931 /
  0.844) and the matcher (1.000 / 0.938, 1.000 / 0.875, 0.950 / 0.594, 1.000 / 0.750). Then studied
  (mutilation, people held, a militia named "Boys", an active verb's subject, where survivors arrived,
  hyphened ages in a list, foreign reporters) and added.
* ``sealed327`` to ``sealed330`` (the same session, a thirty-sixth round: Senegal's Casamance 1990-2012;
  Ethiopia's Ogaden 1994-2018; Angola's Cabinda enclave 1992-2016; the Ethiopia-Eritrea border war 1998-2018):
  measured once with the code of 335601e (after rounds 34 and 35's rules), the rules (1.000 / 0.688, 0.957 /
  0.688, 0.931 / 0.844, 0.938 / 0.469) and the matcher (1.000 / 0.625, 0.955 / 0.656, 0.920 / 0.719, 0.952 /
  0.625). Then studied (FLEC, the ONLF, the MFDC and the Liyu police as actors, the Casamance, "Belize
  municipality", "Fiiq" for "Fik", a series that came before) and added.
* ``sealed331`` to ``sealed334`` (the same session, a thirty-seventh round: Zimbabwe's Matabeleland and
  Midlands 1982-1987; Tajikistan's civil war 1992-1997; the Transnistria war 1990-1992; Guinea-Bissau 1998-2012):
  measured once with the code of 0654f70 (after round 36's rules), the rules (0.895 / 0.531, 0.958 / 0.719,
  0.905 / 0.594, 1.000 / 0.656) and the matcher (0.941 / 0.500, 0.957 / 0.688, 0.900 / 0.562, 1.000 /
  0.625). Then looked at briefly (Romanian and Russian spellings of one village, a church's name, people of a
  continent, a relative clause's deed) and added. None of the four countries is one whose divisions the
  project curates, so many of their towns are read only once a report names the country.
* ``sealed335`` to ``sealed338`` (the thirty-third session, a thirty-eighth round: Nagorno-Karabakh and the
  Armenia-Azerbaijan border 1991-2022; Kosovo and the Presevo valley 1998-2001; Rwanda and the Kivus 1990-1999;
  Guatemala 1978-1999): measured once with the code of c3f1ccf, the rules (1.000 / 0.531, 0.957 / 0.688, 0.944 /
  0.531, 1.000 / 0.719) and the matcher (1.000 / 0.594, 1.000 / 0.625, 0.957 / 0.688, 1.000 / 0.688). Then
  studied (a superlative's "since", a truce's day, dates that name metro stations, "N days earlier" counted from
  the sentence's day, "told ... this week", "at the end of March", massacres told with a third of a month, a
  capital's army, "within range of") and added.
* ``sealed339`` to ``sealed342`` (the same session, a thirty-ninth round: Haiti 2004-2024; Namibia's Caprivi and
  Kavango 1998-2002; Yemen's south 1994-2015; Indonesia's Papua 1996-2023): measured once with the code of 6e0fb2a
  (after round 38's rules), the rules (1.000 / 0.719, 0.952 / 0.625, 0.958 / 0.719, 0.947 / 0.562) and the matcher
  (1.000 / 0.688, 0.947 / 0.562, 0.962 / 0.781, 1.000 / 0.656). Then studied (towns in a group's name, a toll after
  a list of towns, where raiders took their captives or fired from, tallies of the past three days) and added.
* ``sealed343`` to ``sealed346`` (the same session, a fortieth round: western Uganda and the Rwenzori 1996-2023;
  the Solomon Islands' tensions 1998-2003; the Tuareg rebellions in Niger and Mali 1990-2009; cartel violence in
  Michoacán and Guerrero 2006-2023): measured once with the code of b80d481 (after round 39's rules), the rules
  (1.000 / 0.781, 1.000 / 0.375, 0.962 / 0.781, 0.963 / 0.812) and the matcher (0.962 / 0.781, 1.000 / 0.375,
  0.960 / 0.750, 1.000 / 0.812). Then looked at briefly (the Solomon Islands' words and armed groups, the
  Weathercoast, missionaries, a place seized, Haiti's Central Plateau) and added.
* ``sealed347`` to ``sealed350`` (the thirty-fourth session, a forty-first round: Corsica and the FLNC 1976-2014;
  Djibouti's FRUD insurgency and the Afar borderlands; Kenya's Mount Elgon, Tana River and Lamu 2006-2015; southern
  Kyrgyzstan 2010 and the Kyrgyz-Tajik border 2021-2022): measured once with the code of c8c0331, the rules
  (0.824 / 0.438, 0.875 / 0.656, 1.000 / 0.844, 0.875 / 0.656) and the matcher (0.778 / 0.438, 1.000 / 0.688,
  1.000 / 0.906, 0.923 / 0.750). Then studied (France's, Kyrgyzstan's and Djibouti's divisions and armed groups,
  "Djiboutian", fire from a side, another incident's town told to compare, an incident named to relate it, a
  tied vote, shell casings, a pistol seized, charges set off) and added.
* ``sealed351`` to ``sealed354`` (the same session, a forty-second round: Dagestan and Ingushetia 2007-2015; Rio de
  Janeiro's police operations and gang and militia violence 2005-2023; Western Sahara 1975-1991 and since 2020;
  Bangladesh's Chittagong Hill Tracts 1977-2023): measured once with the code of b5193cc (after round 41's rules),
  the rules (1.000 / 0.719, 1.000 / 0.625, 0.955 / 0.656, 1.000 / 0.562) and the matcher (1.000 / 0.719, 1.000 /
  0.656, 0.957 / 0.688, 0.917 / 0.688). Then studied (people forced into a car, bombarded positions, projectiles
  that fell, a deed a man had a part in, a Russian district by its seat's name, visitors, an explosive belt) and
  added.
* ``sealed355`` to ``sealed358`` (the same session, a forty-third round: Bougainville 1989-1998; Myanmar's Kachin
  and northern Shan States 2011-2023; Ethiopia's Gambela 2003-2016; Lebanon's Tripoli 2008-2014): measured once
  with the code of 4967376 (after round 42's rules), the rules (1.000 / 0.562, 0.958 / 0.719, 0.960 / 0.750, 0.909
  / 0.625) and the matcher (1.000 / 0.531, 0.958 / 0.719, 0.958 / 0.719, 0.864 / 0.594). Then studied (the
  Bougainville Revolutionary Army, a gate or a township seized, air strikes a taking prompted, a people before its
  men, raiders from a country and back into it, the tail of a longer country name, the office a statement came
  from, refugees crossing into a country, a tally since an operation began on a day) and added.
* ``sealed359`` to ``sealed362`` (the same session, a forty-fourth round: Moldova's Transnistria war of 1992;
  China's Xinjiang 2008-2015; Zimbabwe's political violence 1983-2019; Madagascar's cattle raiders 2012-2020):
  measured once with the code of 5733960 (after round 43's rules), the rules (0.962 / 0.781, 0.900 / 0.281, 1.000 /
  0.500, 0.952 / 0.625) and the matcher (0.963 / 0.812, 0.875 / 0.219, 1.000 / 0.656, 0.952 / 0.625). Then looked
  at briefly (China's, Zimbabwe's and Madagascar's divisions and armed groups, beatings, invasions, people taken
  prisoner) and added.
* ``sealed363`` to ``sealed366`` (the same session, a forty-fifth round: Nicaragua's Contra war 1982-1990; East
  Timor 1999; Chechnya's first war 1994-1996; eastern Chad 2006-2008): measured once with the code of e327c7a
  (after round 44's rules), the rules (0.962 / 0.781, 0.920 / 0.719, 0.944 / 0.531, 0.957 / 0.688) and the matcher
  (0.960 / 0.750, 0.917 / 0.688, 0.944 / 0.531, 0.962 / 0.781). Then looked at briefly (Nicaragua's and East
  Timor's divisions, the Miskito rebel groups, East Timor's militias) and added.
* ``sealed367`` to ``sealed370`` (a thirty-fifth session, a forty-sixth round: Jammu and Kashmir 1990-2003;
  Algeria's civil war 1992-2002; the Philippines' drug war and insurgencies 2016-2019; Assam and Bodoland
  1996-2014): measured once with the code the session started from, 9eed4b2, the rules (0.957 / 0.688, 0.962 /
  0.781, 1.000 / 0.469, 0.906 / 0.906) and the matcher (1.000 / 0.812, 1.000 / 0.781, 1.000 / 0.500, 0.935 /
  0.906). Then studied ("last night", a barangay's name, titles and police units, a town's other name in
  brackets, neighbours and councilors, a coffee house) and added.
* ``sealed371`` to ``sealed374`` (the same session, a forty-seventh round: India's Maoist belt 2005-2021; Oromia
  2019-2023; Rakhine and Chin 2019-2024; Mexico's cartel wars in Tamaulipas, Michoacán and Guerrero 2010-2014):
  measured once with 2dee686 (after round 46's rules), the rules (1.000 / 0.688, 0.957 / 0.688, 1.000 / 0.844,
  0.909 / 0.625) and the matcher (1.000 / 0.656, 0.958 / 0.719, 1.000 / 0.906, 0.875 / 0.656). Then studied (a deed
  "to death" with its object between, Ethiopia's zones and India's districts under the names reports use, a
  district named by a compass point, two districts of one zone) and added.
* ``sealed375`` to ``sealed378`` (the same session, a forty-eighth round: southern Thailand 2004-2014; Peru
  1982-1993; Northern Ireland 1972-1998; south-eastern Turkey 1991-1999): measured once with 1958879 (after round
  47's rules), the rules (0.958 / 0.719, 0.905 / 0.594, 0.895 / 0.531, 0.897 / 0.812) and the matcher (0.957 /
  0.688, 1.000 / 0.688, 1.000 / 0.531, 0.963 / 0.812). Then studied (a street named after a town, a district of a
  province named like its capital, the Shining Path and the MRTA, a public house, dead of no named side) and added.
* ``sealed379`` to ``sealed382`` (the same session, a forty-ninth round: Aceh 1999-2005; Lebanon's civil war
  1975-1990; Sri Lanka 2006-2009; El Salvador 1980-1991) and ``sealed383`` to ``sealed386`` (a fiftieth round:
  Chechnya 1999-2006; Burundi 1995-2005; Yemen's Saada wars 2004-2010; Antioquia, Urabá and the Magdalena Medio
  1995-2002): both measured once with 66107ab (after round 48's rules; nothing was kept between them), the rules
  (0.957 / 0.688, 0.889 / 0.500, 1.000 / 0.562, 1.000 / 0.562; 1.000 / 0.531, 1.000 / 0.719, 1.000 / 0.594, 0.955 /
  0.656) and the matcher (0.963 / 0.812, 0.947 / 0.562, 1.000 / 0.594, 0.947 / 0.562; 0.944 / 0.531, 1.000 /
  0.719, 1.000 / 0.656, 0.947 / 0.562). Their misses were read; the rules tried on them (a bare "the capital"
  as the country's capital; a town one report names and a village the other names, inside one district both
  name) cost more merges than they gave and were dropped but for one small one (a person "taken away by" men),
  which changes none of their pairs, so they were added as measured.

The floors sit just under the measured figures, so the tests record the state and catch
regressions without steering the rules towards any one set. One was lowered by the eleventh
session: ``sealed156`` precision 0.95 to 0.93, a decoy of two bombings of one pipeline in one
week that share rare words ("Ecopetrol"), the price of the rare-word agreement (37 more
merges in all sets, 2 more wrong ones). One by the twelfth session: ``sealed35`` precision 0.95 to
0.92, a decoy of police killed in Zahedan and Revolutionary Guards killed near Saravan on the next
day (the second report names no place the gazetteer finds), the price of counting a state's troops
abroad as "soldiers" to other reports (5 more merges in all sets, 1 more wrong one). One by the
thirteenth session: ``sealed141`` precision 0.92 to 0.90, a decoy of herders killed at a village "in
North Horr" and a raid on North Horr town the same day, which merged once the headline's "one killed"
was counted (5 more merges in all sets, 1 more wrong one).
The fourteenth session put every floor anew, just under what the learned matcher
(``tolltrack.store.matcher``, the default since) measures on each set: it was fitted on all these
sets, so the floors catch regressions of the extraction, the gates and the shipped weights, not how
well it does on new reports (that is the first look of each new round, in docs/events.md). Against the
rules' floors it raised 177 precision and 156 recall floors and lowered 13 precision floors (the
largest ``sealed36`` 0.94 to 0.86, ``sealed184`` 0.95 to 0.88, ``sealed104`` 0.88 to 0.84) and 33
recall floors (the largest ``sealed3`` 0.87 to 0.70, ``sealed55`` 0.92 to 0.75, ``sealed6`` 0.89 to
0.75, ``sealed170`` 0.58 to 0.46): the rules had been written on these sets' misses, the weights are
one sum for all of them and for the crowded stores they were also fitted on.
The fifteenth session put them anew for the matcher refitted on 210 sets with products of signals
(threshold 0.65): 140 floors raised; 24 precision floors lowered (the largest ``sealed121`` 0.96 to
0.91, ``sealed69`` and ``sealed177`` 0.92 to 0.88) and 18 recall floors (the largest ``sealed123`` 0.93
to 0.87, ``sealed2`` and ``sealed149`` 0.87 to 0.81, ``holdout`` 0.99 to 0.95: "near Sake" / "the
outskirts of Saké", 5 / at least 4 soldiers, now weighed 0.60), for 127 more merges and 13 fewer wrong
ones in all sets.
The sixteenth session put them anew for the matcher refitted on 214 sets (with its place rules: an
upper or lower part of an area, a township's town read abroad, a place near the town a district is
named after): 33 floors raised; 9 precision floors lowered (the largest ``sealed191`` 0.99 to 0.95,
``sealed31`` 0.93 to 0.90, ``sealed137`` 0.91 to 0.88) and 7 recall floors (the largest ``sealed107``
0.75 to 0.71, ``sealed52`` 0.78 to 0.75, ``sealed62`` 0.90 to 0.87), for 32 more merges and 7 more wrong
ones in all sets.
The seventeenth session put them anew for the matcher refitted on 218 sets (with its place rules: a
town of a province written with an article, a town named like the other report's district, a quarter
of a town, the matcher fitted on the short tallies the event builder uses): 26 floors raised; 10
precision floors lowered (the largest ``sealed195`` 0.99 to 0.95, ``sealed45`` and ``sealed135`` 0.99 to
0.96, ``sealed199`` 0.92 to 0.89) and 8 recall floors (the largest ``sealed177`` 0.78 to 0.71,
``sealed200`` 0.87 to 0.81, ``sealed3`` 0.74 to 0.70).
The eighteenth session put them anew for the matcher refitted on 222 sets (with its place rules: a
division named in full is not the division of a village so named, a road's hospital town, a canton, the
entrance of a town, who found the dead): 23 floors raised and the four new sets added; 11 precision
floors lowered (the largest ``sealed73`` and ``sealed193`` 0.99 to 0.95, ``closing``, ``sealed16``,
``sealed126`` and ``sealed187`` 0.99 to 0.96) and 8 recall floors (each by 0.03, ``sealed16``,
``sealed31``, ``sealed34``, ``sealed51``, ``sealed110``, ``sealed111``, ``sealed127``, ``sealed202``);
on the 218 sets of the start, 6044 merged right, 221 wrong, 843 missed against 6033 / 216 / 854.
The nineteenth session put them anew for the matcher refitted on 226 sets (with its rules: a numbered
quarter, a source's seat, a district named after a town with a compass word, the capital of a division,
the day a report was said on, ages listed after "aged"): 32 floors raised and the four new sets added; 10
precision floors lowered (the largest ``sealed181`` 0.96 to 0.92, ``sealed36``, ``sealed46``, ``sealed48``,
``sealed77`` and ``sealed131`` by 0.03) and 16 recall floors (each by 0.03); on the 222 sets of the start,
6151 merged right, 221 wrong, 864 missed against 6142 / 222 / 873.
Then "the day before" read as the day before the day a sentence names cost ``sealed184`` and ``sealed190``
one merge each (recall floors 0.78 to 0.75: both reports now dated to the same day, which the weights,
fitted before the rule, weigh less than an undated report).
The twentieth session's rules (incidents told with no count: a hold-up, a beating, fire that hit houses,
a detention, the dead found; one death is one incident; the provinces of Armenia, the Gambia and
Guinea-Bissau) raised 10 floors and lowered one (``sealed166`` recall 0.75 to 0.71: "the bodies of two
guards were found in the Adhwari nallah area" now names a second unknown place, apart from "Kuntwara
forest"); on the 230 sets of the start, 6367 merged right, 229 wrong, 904 missed against 6362 / 229 / 909.
Then a place said to lie near a town read as one spot with it ("the Abagena camp ... near Makurdi": no
tally of two states), "eliminating", a statement "carried by" an agency on a day and "confirmed dead" read
as a toll raised 9 more: 6376 / 229 / 895.
The twenty-first session's rules (one of a group is one person; "no staff were hurt"; the night of 21 to
22 October; the Niger Delta is no Niger; a town's police division; a town named like a district of the
state named; a small town abroad does not veto the country of the districts named; a killing told
without a count stays the incident's main status) raised 11 floors and lowered 6: ``sealed14`` recall
0.84 to 0.81 (a candidate shot dead is now counted one, and the weights, fitted before, merge a counted
and an uncounted killing less), ``sealed108`` precision 0.99 to 0.96 ("Raman district" is now Yala's, not a
town of Punjab, India, so a decoy of two shootings in Yala on one day looks alike), ``sealed186`` and
``sealed217`` recall by 0.03 ("taken away by troops" is now a count; "the night of 27 to 28 April" is now
dated), ``sealed220`` 0.89 to 0.88 and 0.78 to 0.75 ("the main market of Woldia, North Wollo" now names
a town the gazetteer does not find there); on the 234 sets of the start, 6451 merged right, 236 wrong,
924 missed against 6446 / 236 / 929.
The twenty-second session's rules (Indonesia's provinces and regencies; "X regency"; a foreigner's
nationality; the Jordan Valley; a body found, "decapitated", a beating, a bullet; a toll after ", when"
belongs to that clause; a curated town before a village that only once bore its name) raised 11 floors and
lowered 2, both ``sealed68`` (precision 0.93 to 0.92, recall 0.84 to 0.81): "Nduga" is now Highland Papua's
regency, and a report's "Mugi district", a sub-district no table lists, is read as another district of it;
on the 14,040 pairs of the start's sets, 6564 merged right, 239 wrong, 939 missed against 6555 / 240 / 948.
A national capital named alone is the capital (Tripoli: Libya's, not Lebanon's) raised 2 and lowered
``sealed80`` recall 0.93 to 0.90: "two dead as rival militias clash in western Tripoli suburb ... near the
Janzour coastal road" now names two districts of Libya (Janzour lies in Jafara), so it reads as a tally.
A village head as one person raised ``sealed228`` recall 0.71 to 0.75.
The twenty-third session's rules lowered one floor: ``sealed185`` recall 0.87 to 0.84, a pair that had
merged only because "about 50 militants ... captured Qandala" was read as 50 captured; a count before an
active verb and its object now counts those who did it (on the 14,324 pairs of the start's sets, 6690
merged right, 244 wrong, 965 missed against 6682 / 245 / 973).
The twenty-fourth session's rules lowered two: ``sealed32`` recall 0.84 to 0.81 and ``sealed88`` recall 0.90 to
0.84. "Gaza" alone is now the Strip, not Gaza City, so "a house in Rafah" / "the Tel al-Sultan neighbourhood of
southern Gaza" no longer meet at one city's point, and "a southern Israeli town near Gaza" is no longer a
point beside Sderot; "in Sinai" now says Egypt, which parts a report that read "south of Rafah" as Gaza's
Rafah from the Sinai report of the same bomb (on the 14,804 pairs of the start's sets, 6881 merged right,
252 wrong, 1030 missed against 6877 / 252 / 1034). An Arabic article written or not ("el-Arish" / "Arish") now
makes a town's reading sure, so a report that names "al-Midan" (a quarter of Damascus to the gazetteer) and
"el-Arish" is no longer read as Syrian: ``sealed239``'s pair of two such misreadings parted (recall 0.81 to
0.78), and Adhamiyah, filed by GeoNames under Duhok, is Baghdad's (``sealed242`` recall 0.71 to 0.75).
"The previous week" now dates a report, which lowered ``sealed219``'s precision floor 0.92 to 0.89: "an
operation carried out without incident ... following a deadly attack in the area the previous week" now
dates that attack to the week of the other report's attack, and the two merge (the reference is to it).
The twenty-fifth session's rules lowered no floor; on the 15,284 pairs of the start's 258 sets, 7076 merged
right, 261 wrong, 1091 missed against 7066 / 262 / 1101.
The twenty-seventh session's rules lowered one recall floor, ``sealed234`` 0.75 to 0.71 (Brazil's towns now
carry their states, so quarters of Rio de Janeiro
and Santos that the gazetteer reads as homonymous towns of other states, "Santa Cruz", "São Bento", part two
pairs); on the 16,484 pairs of the start's 278 sets, 7554 merged right, 270 wrong, 1253 missed against
7542 / 273 / 1265.
The twenty-eighth session's rules lowered one recall floor, ``sealed224`` 0.84 to 0.81: "a member of the FADM
was killed" now counts one person (a person noun before its "of" phrase), and the matcher weighs two
counted single deaths ("a soldier ... shot dead" / "a member ... killed") lower than a death and an uncounted
one; on the 17,204 pairs of the start's 290 sets, 7851 merged right, 280 wrong, 1340 missed against 7823 /
284 / 1368.
The twenty-ninth session's rules lowered one recall floor, ``sealed213`` 0.81 to 0.78, for the same reason:
"a police staff sergeant was shot dead" now counts one person ("police", a plural noun, is a word of his title
before the head), and two counted single deaths weigh less than a death and an uncounted one; on the 17,924
pairs of the start's 302 sets, 8142 merged right, 290 wrong, 1433 missed against 8121 / 290 /
1454.
The same session lowered one precision floor, ``sealed228`` 0.92 to 0.88: "a motorcycle taxi driver ... is
being treated at the regional hospital" no longer names a hospital as the site hit, and the decoy of a stabbing
and a shooting in Dekai on one day, which only that site told apart, now merges.
The thirtieth session's rules lowered one precision floor and one recall floor. ``sealed248`` 0.94 to 0.87:
"following a landmine death near Belleek in March", the background of a report on another landmine, is no
longer counted one ("the fourth member of the security forces killed": "forces" is now read as the plural
it is), and the uncounted mention merges with the report of that Belleek bomb (the same bomb, but the pair's
label is about the other). ``sealed306`` recall 0.83 to 0.80: "the upper Swat valley" now places one report
in Swat, and the other report's "residents of Bahrain and Kalam" (Bahrain, a town of Swat) reads as the
country, so the two are kept apart by the country gate. And one more recall floor, ``sealed203`` 0.81 to 0.77:
"captured" in a claim of people captured ("killed 107 soldiers and captured seven") no longer makes the
event a town taken, so a JNIM claim of that raid is an armed clash beside the other report's base overrun,
and the two weigh less (the same rule keeps "four servicemen captured by the militia" an abduction, not a
town taken). On the 18,884 pairs of the start's 318 sets, 8534 merged right, 298 wrong, 1553 missed against
8526 / 298 / 1561.
The thirty-first session's rules lowered three precision floors and one recall floor. ``sealed68`` 0.92 to
0.89: "the Walendu Pitsi sector" is now an area a village may lie in (five more merges in all sets), so a
decoy of a displacement site "near Bule" and a village "in the Walendu Pitsi sector" on adjacent days merges.
``sealed183`` 0.92 to 0.89: "the Ebola treatment centre" no longer names a place "Ebola", which had kept apart
a decoy of the Butembo treatment centre and a vaccination team near Butembo. ``sealed107`` 0.91 to 0.87: Israel
and the Palestinian territories are now countries a report may file one place under, so a decoy of two Old
City stabbings on consecutive days, one of them told with no place a gazetteer knows, is no longer parted by
the country gate. ``sealed168`` recall 0.87 to 0.83: "The Italian envoy, his bodyguard and the driver were
killed" now counts three, against a headline's "Italian ambassador killed" (one), so the tolls gainsay. On the
19,124 pairs of the start's 322 sets, 8662 merged right, 306 wrong, 1553 missed against 8643 / 304 / 1572.
Its later rules lowered two more recall floors. ``sealed97`` 0.96 to 0.92: "Amuru woreda" now votes for
Ethiopia, while the other report's "Amuru district" is read as Uganda's district of that name, so the two
are parted by the country gate. ``sealed290`` 0.80 to 0.77: "peace talks in Cairns" no longer names a place
of the report, and a pair of one raid on "Buin" (which the gazetteer puts in Chile) now weighs 0.57, under
the threshold.
The thirty-second session's rules lowered two recall floors and one precision floor. ``sealed257`` recall 0.68
to 0.64: "refugees arriving in Gueckedou said" no longer makes Guéckédou a place of the report, and the pair of
one helicopter attack on Kolahun it had joined through that shared unknown name now weighs 0.64, just under the
threshold. ``sealed265`` precision 0.92 to 0.90 and recall 0.71 to 0.67: a RENAMO raid on "Vila Coutinho, near
the Malawi border" told by "refugees arriving in Malawi" is now read in Mozambique (RENAMO votes for it, where
the refugees arrived does not), so the town's colonial name and its own name, Ulongue, in the other report are
two places (one merge fewer; the two wrong ones of the set stay). On the 19,604 pairs of the start's 330 sets,
8896 merged right, 309 wrong, 1575 missed against 8868 / 310 / 1603.
The thirty-third session's rules lowered one precision floor: ``sealed293`` 0.99 to 0.95. A decoy's second report
tells its own ambush and recalls "14 troops died in an ambush near Dabeiba eight days earlier"; "eight days
earlier" now counts back from the day that sentence names, which is the day of the other report's ambush near
Dabeiba, and the two are joined (a right reading of the words; the set's notes call the reports different).
The same session lowered ``sealed48`` precision 0.93 to 0.90: a tally of "32 dead over three days" of tribal clashes
now makes an event (four calendar days, one episode), and it is joined to the other report's convoy attack in the
same district on the first of those days.
It also lowered ``sealed290`` recall 0.77 to 0.74: "the Solomon Islands government" now votes for the Solomon
Islands, and a report of the same raid that names only "the Shortlands, Western Province" reads that province in
another country, so the two are parted by the country gate.
The thirty-fourth session lowered one precision floor: ``sealed54`` 0.96 to 0.92. Kyrgyzstan's regions are now
curated, so a bulletin line from "Kapchygai checkpoint (Batken/Sughd)" and a report of a villager killed in
"Leilek district" both vote for Kyrgyzstan; the bulletin's date, written "15.07", is no date the timex reads, so
its undated span overlaps the other's, and the two (one death each) now merge.
The thirty-fifth session lowered four floors. ``sealed213`` precision 0.92 to 0.87 and recall 0.78 to 0.74: the
word "barangay" now says the Philippines, so "Ampatuan town" is read where it is and no longer stands as a second
unknown name against a report's "Datu Unsay", which no gazetteer knows (two election-day shootings merge); and a
village councilor (kagawad) is now one person counted in both reports of his killing, which the learned matcher
weighs lower than two uncounted killings. ``sealed220`` precision 0.88 to 0.85: "the Wag Hemra front" now reads
as Ethiopia's zone (GeoNames writes it "Wag Hemra Zone"), so a week's claimed battlefield toll there agrees at the
province with an ambush west of Sekota. ``sealed256`` and ``sealed35`` precision 0.92 to 0.89: the Shining Path
is now an armed group, so a report of its attack has a perpetrator where it had none, and the learned matcher now
joins two attacks of consecutive days in one region (a cooperative in Azángaro and one near Ayaviri, both of Puno;
an ambush in Vizcatán del Ene and a patrol near Pichari).
It also lowered ``sealed28`` recall 0.84 to 0.81: "killed 55 people ... since the assault began on March 24" is now a
tally from that day to the report's (six days), where it was read as the day itself, so it makes no event to join
the other report's convoy ambush on the first day of the assault on Palma (the tally sums that attack's deaths and
others; counting it as one incident was the old misreading).
Run ``python tests/events/pairs_eval.py FILE`` for the misses of one set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .pairs_eval import HOLDOUT, PAIRS, load_pairs, measure

SETS = {
    # file: (pairs, merges, precision floor, recall floor)
    HOLDOUT: (40, 22, 0.95, 0.99),
    PAIRS / "fresh.jsonl": (50, 28, 0.96, 0.99),
    PAIRS / "blind.jsonl": (50, 28, 0.96, 0.96),
    PAIRS / "final.jsonl": (60, 34, 0.99, 0.99),
    PAIRS / "last.jsonl": (50, 28, 0.99, 0.96),
    PAIRS / "extra.jsonl": (40, 22, 0.99, 0.95),
    PAIRS / "check.jsonl": (40, 22, 0.99, 0.99),
    PAIRS / "verify.jsonl": (50, 27, 0.99, 0.99),
    PAIRS / "closing.jsonl": (50, 27, 0.96, 0.99),
    PAIRS / "sealed.jsonl": (50, 27, 0.96, 0.99),
    PAIRS / "unseen.jsonl": (50, 27, 0.99, 0.96),
    PAIRS / "outside.jsonl": (50, 27, 0.99, 0.92),
    PAIRS / "novel.jsonl": (50, 27, 0.99, 0.92),
    PAIRS / "sealed3.jsonl": (50, 27, 0.99, 0.77),
    PAIRS / "sealed2.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed4.jsonl": (50, 27, 0.99, 0.88),
    PAIRS / "sealed5.jsonl": (50, 27, 0.99, 0.96),
    PAIRS / "sealed6.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed7.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed8.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed9.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed10.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed11.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed12.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed13.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed14.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed15.jsonl": (60, 32, 0.96, 0.87),
    PAIRS / "sealed16.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed17.jsonl": (60, 32, 0.96, 0.87),
    PAIRS / "sealed18.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed19.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed20.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed21.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed22.jsonl": (60, 32, 0.99, 0.78),
    PAIRS / "sealed23.jsonl": (60, 32, 0.96, 0.87),
    PAIRS / "sealed24.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed25.jsonl": (60, 32, 0.99, 0.78),
    PAIRS / "sealed26.jsonl": (60, 32, 0.99, 0.75),
    PAIRS / "sealed27.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed28.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed29.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed30.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed31.jsonl": (60, 32, 0.90, 0.84),
    PAIRS / "sealed32.jsonl": (60, 33, 0.90, 0.81),
    PAIRS / "sealed33.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed34.jsonl": (60, 32, 0.96, 0.87),
    PAIRS / "sealed35.jsonl": (60, 32, 0.89, 0.78),
    PAIRS / "sealed36.jsonl": (60, 32, 0.86, 0.81),
    PAIRS / "sealed37.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed38.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed39.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed40.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed41.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed42.jsonl": (60, 32, 0.93, 0.93),
    PAIRS / "sealed43.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed44.jsonl": (60, 32, 0.96, 0.90),
    PAIRS / "sealed45.jsonl": (60, 32, 0.96, 0.90),
    PAIRS / "sealed46.jsonl": (60, 32, 0.84, 0.87),
    PAIRS / "sealed47.jsonl": (60, 33, 0.88, 0.96),
    PAIRS / "sealed48.jsonl": (60, 32, 0.90, 0.90),
    PAIRS / "sealed49.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed50.jsonl": (60, 32, 0.90, 0.87),
    PAIRS / "sealed51.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed52.jsonl": (60, 32, 0.92, 0.78),
    PAIRS / "sealed53.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed54.jsonl": (60, 32, 0.92, 0.84),
    PAIRS / "sealed55.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed56.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed57.jsonl": (60, 32, 0.99, 0.71),
    PAIRS / "sealed58.jsonl": (60, 32, 0.93, 0.87),
    PAIRS / "sealed59.jsonl": (60, 32, 0.90, 0.90),
    PAIRS / "sealed60.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed61.jsonl": (60, 32, 0.93, 0.90),
    PAIRS / "sealed62.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed63.jsonl": (60, 32, 0.82, 0.90),
    PAIRS / "sealed64.jsonl": (60, 32, 0.83, 0.78),
    PAIRS / "sealed65.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed66.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed67.jsonl": (60, 32, 0.93, 0.87),
    PAIRS / "sealed68.jsonl": (60, 32, 0.89, 0.81),
    PAIRS / "sealed69.jsonl": (60, 32, 0.88, 0.71),
    PAIRS / "sealed70.jsonl": (60, 32, 0.80, 0.90),
    PAIRS / "sealed71.jsonl": (60, 32, 0.89, 0.81),
    PAIRS / "sealed72.jsonl": (60, 32, 0.86, 0.96),
    PAIRS / "sealed73.jsonl": (60, 32, 0.95, 0.68),
    PAIRS / "sealed75.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed76.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed77.jsonl": (60, 32, 0.90, 0.87),
    PAIRS / "sealed78.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed79.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed80.jsonl": (60, 32, 0.93, 0.90),
    PAIRS / "sealed81.jsonl": (60, 32, 0.96, 0.84),
    PAIRS / "sealed82.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed83.jsonl": (60, 32, 0.90, 0.87),
    PAIRS / "sealed84.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed85.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed86.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed87.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed88.jsonl": (60, 32, 0.96, 0.84),
    PAIRS / "sealed89.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed90.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed91.jsonl": (60, 32, 0.93, 0.87),
    PAIRS / "sealed92.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed93.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed94.jsonl": (60, 33, 0.93, 0.90),
    PAIRS / "sealed95.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed96.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed97.jsonl": (60, 32, 0.99, 0.92),
    PAIRS / "sealed98.jsonl": (60, 32, 0.93, 0.90),
    PAIRS / "sealed99.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed100.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed101.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed102.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed103.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed104.jsonl": (60, 32, 0.86, 0.96),
    PAIRS / "sealed105.jsonl": (60, 32, 0.93, 0.93),
    PAIRS / "sealed106.jsonl": (60, 32, 0.96, 0.96),
    PAIRS / "sealed107.jsonl": (60, 32, 0.87, 0.68),
    PAIRS / "sealed108.jsonl": (60, 32, 0.96, 0.99),
    PAIRS / "sealed109.jsonl": (60, 32, 0.96, 0.90),
    PAIRS / "sealed110.jsonl": (60, 32, 0.93, 0.93),
    PAIRS / "sealed111.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed112.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed113.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed114.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed115.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed116.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed117.jsonl": (60, 32, 0.94, 0.99),
    PAIRS / "sealed118.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed123.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed124.jsonl": (60, 32, 0.93, 0.96),
    PAIRS / "sealed125.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed126.jsonl": (60, 32, 0.96, 0.96),
    PAIRS / "sealed119.jsonl": (60, 32, 0.96, 0.87),
    PAIRS / "sealed120.jsonl": (60, 32, 0.91, 0.99),
    PAIRS / "sealed121.jsonl": (60, 32, 0.91, 0.99),
    PAIRS / "sealed122.jsonl": (60, 32, 0.96, 0.84),
    PAIRS / "sealed127.jsonl": (60, 32, 0.93, 0.90),
    PAIRS / "sealed128.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed129.jsonl": (60, 32, 0.87, 0.84),
    PAIRS / "sealed130.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed131.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed132.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed133.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed134.jsonl": (60, 32, 0.96, 0.99),
    PAIRS / "sealed135.jsonl": (60, 32, 0.96, 0.90),
    PAIRS / "sealed136.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed137.jsonl": (60, 32, 0.91, 0.99),
    PAIRS / "sealed138.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed139.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed140.jsonl": (60, 32, 0.99, 0.75),
    PAIRS / "sealed141.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed142.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed143.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed144.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed145.jsonl": (60, 32, 0.96, 0.96),
    PAIRS / "sealed146.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed147.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed148.jsonl": (60, 32, 0.96, 0.99),
    PAIRS / "sealed149.jsonl": (60, 32, 0.89, 0.81),
    PAIRS / "sealed150.jsonl": (60, 32, 0.91, 0.96),
    PAIRS / "sealed151.jsonl": (60, 33, 0.96, 0.90),
    PAIRS / "sealed152.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed153.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed154.jsonl": (60, 32, 0.96, 0.99),
    PAIRS / "sealed155.jsonl": (60, 32, 0.91, 0.96),
    PAIRS / "sealed156.jsonl": (60, 32, 0.96, 0.90),
    PAIRS / "sealed157.jsonl": (60, 32, 0.96, 0.96),
    PAIRS / "sealed158.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed159.jsonl": (60, 32, 0.99, 0.78),
    PAIRS / "sealed160.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed161.jsonl": (60, 32, 0.93, 0.96),
    PAIRS / "sealed162.jsonl": (60, 32, 0.96, 0.99),
    PAIRS / "sealed163.jsonl": (60, 32, 0.99, 0.96),
    PAIRS / "sealed164.jsonl": (60, 32, 0.93, 0.90),
    PAIRS / "sealed165.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed166.jsonl": (60, 32, 0.92, 0.71),
    PAIRS / "sealed167.jsonl": (60, 32, 0.99, 0.75),
    PAIRS / "sealed168.jsonl": (60, 32, 0.96, 0.83),
    PAIRS / "sealed169.jsonl": (60, 32, 0.95, 0.71),
    PAIRS / "sealed170.jsonl": (60, 32, 0.99, 0.50),
    PAIRS / "sealed171.jsonl": (60, 32, 0.99, 0.78),
    PAIRS / "sealed172.jsonl": (60, 32, 0.92, 0.78),
    PAIRS / "sealed173.jsonl": (60, 32, 0.96, 0.93),
    PAIRS / "sealed174.jsonl": (60, 32, 0.99, 0.71),
    PAIRS / "sealed175.jsonl": (60, 32, 0.94, 0.99),
    PAIRS / "sealed176.jsonl": (60, 32, 0.99, 0.62),
    PAIRS / "sealed177.jsonl": (60, 32, 0.88, 0.75),
    PAIRS / "sealed178.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed179.jsonl": (60, 32, 0.91, 0.68),
    PAIRS / "sealed180.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed181.jsonl": (60, 32, 0.92, 0.78),
    PAIRS / "sealed182.jsonl": (60, 32, 0.90, 0.84),
    PAIRS / "sealed183.jsonl": (60, 32, 0.89, 0.78),
    PAIRS / "sealed184.jsonl": (60, 32, 0.96, 0.75),
    PAIRS / "sealed185.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed186.jsonl": (60, 32, 0.95, 0.65),
    PAIRS / "sealed187.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed188.jsonl": (60, 32, 0.93, 0.87),
    PAIRS / "sealed189.jsonl": (60, 32, 0.84, 0.68),
    PAIRS / "sealed190.jsonl": (60, 32, 0.96, 0.75),
    PAIRS / "sealed191.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed192.jsonl": (60, 32, 0.96, 0.84),
    PAIRS / "sealed193.jsonl": (60, 32, 0.95, 0.68),
    PAIRS / "sealed194.jsonl": (60, 32, 0.96, 0.75),
    PAIRS / "sealed195.jsonl": (60, 32, 0.99, 0.71),
    PAIRS / "sealed196.jsonl": (60, 32, 0.96, 0.84),
    PAIRS / "sealed197.jsonl": (60, 32, 0.90, 0.84),
    PAIRS / "sealed198.jsonl": (60, 32, 0.99, 0.59),
    PAIRS / "sealed203.jsonl": (60, 32, 0.96, 0.77),
    PAIRS / "sealed204.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed205.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed206.jsonl": (60, 32, 0.96, 0.87),
    PAIRS / "sealed207.jsonl": (60, 32, 0.99, 0.78),
    PAIRS / "sealed208.jsonl": (60, 32, 0.99, 0.99),
    PAIRS / "sealed209.jsonl": (60, 32, 0.95, 0.68),
    PAIRS / "sealed210.jsonl": (60, 32, 0.99, 0.68),
    PAIRS / "sealed211.jsonl": (60, 32, 0.93, 0.93),
    PAIRS / "sealed212.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed213.jsonl": (60, 32, 0.87, 0.74),
    PAIRS / "sealed214.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed215.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed216.jsonl": (60, 32, 0.96, 0.96),
    PAIRS / "sealed217.jsonl": (60, 32, 0.92, 0.75),
    PAIRS / "sealed218.jsonl": (60, 32, 0.99, 0.75),
    PAIRS / "sealed219.jsonl": (60, 32, 0.89, 0.78),
    PAIRS / "sealed220.jsonl": (60, 32, 0.85, 0.75),
    PAIRS / "sealed221.jsonl": (60, 32, 0.95, 0.65),
    PAIRS / "sealed222.jsonl": (60, 32, 0.95, 0.71),
    PAIRS / "sealed223.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed224.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed225.jsonl": (60, 32, 0.92, 0.81),
    PAIRS / "sealed226.jsonl": (60, 32, 0.96, 0.75),
    PAIRS / "sealed227.jsonl": (60, 32, 0.87, 0.90),
    PAIRS / "sealed228.jsonl": (60, 32, 0.88, 0.75),
    PAIRS / "sealed229.jsonl": (60, 32, 0.99, 0.68),
    PAIRS / "sealed230.jsonl": (60, 32, 0.99, 0.59),
    PAIRS / "sealed231.jsonl": (60, 32, 0.87, 0.43),
    PAIRS / "sealed232.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed233.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed234.jsonl": (60, 32, 0.85, 0.71),
    PAIRS / "sealed235.jsonl": (60, 32, 0.92, 0.87),
    PAIRS / "sealed236.jsonl": (60, 32, 0.99, 0.84),
    PAIRS / "sealed237.jsonl": (60, 32, 0.99, 0.59),
    PAIRS / "sealed238.jsonl": (60, 32, 0.99, 0.65),
    PAIRS / "sealed239.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed240.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed241.jsonl": (60, 32, 0.96, 0.78),
    PAIRS / "sealed242.jsonl": (60, 32, 0.88, 0.75),
    PAIRS / "sealed243.jsonl": (60, 32, 0.95, 0.59),
    PAIRS / "sealed244.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed245.jsonl": (60, 32, 0.90, 0.59),
    PAIRS / "sealed246.jsonl": (60, 32, 0.99, 0.56),
    PAIRS / "sealed247.jsonl": (60, 32, 0.95, 0.68),
    PAIRS / "sealed248.jsonl": (60, 32, 0.87, 0.50),
    PAIRS / "sealed249.jsonl": (60, 32, 0.99, 0.81),
    PAIRS / "sealed250.jsonl": (60, 32, 0.95, 0.71),
    PAIRS / "sealed251.jsonl": (60, 32, 0.99, 0.93),
    PAIRS / "sealed252.jsonl": (60, 32, 0.99, 0.75),
    PAIRS / "sealed253.jsonl": (60, 32, 0.96, 0.84),
    PAIRS / "sealed254.jsonl": (60, 32, 0.99, 0.78),
    PAIRS / "sealed255.jsonl": (60, 32, 0.94, 0.53),
    PAIRS / "sealed256.jsonl": (60, 32, 0.89, 0.81),
    PAIRS / "sealed257.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed258.jsonl": (60, 32, 0.95, 0.59),
    PAIRS / "sealed259.jsonl": (60, 32, 0.99, 0.87),
    PAIRS / "sealed260.jsonl": (60, 32, 0.95, 0.71),
    PAIRS / "sealed261.jsonl": (60, 32, 0.99, 0.90),
    PAIRS / "sealed262.jsonl": (60, 32, 0.91, 0.68),
    PAIRS / "sealed263.jsonl": (60, 32, 0.93, 0.49),
    PAIRS / "sealed264.jsonl": (60, 32, 0.90, 0.65),
    PAIRS / "sealed265.jsonl": (60, 32, 0.90, 0.67),
    PAIRS / "sealed266.jsonl": (60, 32, 0.94, 0.55),
    PAIRS / "sealed267.jsonl": (60, 32, 0.94, 0.55),
    PAIRS / "sealed268.jsonl": (60, 32, 0.92, 0.83),
    PAIRS / "sealed269.jsonl": (60, 32, 0.87, 0.68),
    PAIRS / "sealed270.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed271.jsonl": (60, 32, 0.90, 0.62),
    PAIRS / "sealed272.jsonl": (60, 32, 0.94, 0.65),
    PAIRS / "sealed273.jsonl": (60, 32, 0.95, 0.74),
    PAIRS / "sealed274.jsonl": (60, 32, 0.99, 0.68),
    PAIRS / "sealed275.jsonl": (60, 32, 0.99, 0.65),
    PAIRS / "sealed276.jsonl": (60, 32, 0.82, 0.46),
    PAIRS / "sealed277.jsonl": (60, 32, 0.99, 0.83),
    PAIRS / "sealed278.jsonl": (60, 32, 0.99, 0.77),
    PAIRS / "sealed279.jsonl": (60, 32, 0.92, 0.83),
    PAIRS / "sealed280.jsonl": (60, 32, 0.94, 0.67),
    PAIRS / "sealed281.jsonl": (60, 32, 0.99, 0.70),
    PAIRS / "sealed282.jsonl": (60, 32, 0.99, 0.45),
    PAIRS / "sealed283.jsonl": (60, 32, 0.94, 0.70),
    PAIRS / "sealed284.jsonl": (60, 32, 0.94, 0.61),
    PAIRS / "sealed285.jsonl": (60, 32, 0.94, 0.64),
    PAIRS / "sealed286.jsonl": (60, 32, 0.95, 0.80),
    PAIRS / "sealed287.jsonl": (60, 32, 0.94, 0.61),
    PAIRS / "sealed288.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed289.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed290.jsonl": (60, 32, 0.91, 0.74),
    PAIRS / "sealed291.jsonl": (60, 32, 0.99, 0.89),
    PAIRS / "sealed292.jsonl": (60, 32, 0.99, 0.86),
    PAIRS / "sealed293.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed294.jsonl": (60, 32, 0.91, 0.77),
    PAIRS / "sealed295.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed296.jsonl": (60, 32, 0.99, 0.74),
    PAIRS / "sealed297.jsonl": (60, 32, 0.95, 0.89),
    PAIRS / "sealed298.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed299.jsonl": (60, 32, 0.99, 0.70),
    PAIRS / "sealed300.jsonl": (60, 32, 0.99, 0.55),
    PAIRS / "sealed301.jsonl": (60, 32, 0.94, 0.70),
    PAIRS / "sealed302.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed303.jsonl": (60, 32, 0.99, 0.36),
    PAIRS / "sealed304.jsonl": (60, 32, 0.99, 0.52),
    PAIRS / "sealed305.jsonl": (60, 32, 0.92, 0.83),
    PAIRS / "sealed306.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed307.jsonl": (60, 32, 0.95, 0.83),
    PAIRS / "sealed308.jsonl": (60, 32, 0.95, 0.92),
    PAIRS / "sealed309.jsonl": (60, 32, 0.89, 0.86),
    PAIRS / "sealed310.jsonl": (60, 32, 0.94, 0.70),
    PAIRS / "sealed311.jsonl": (60, 32, 0.99, 0.86),
    PAIRS / "sealed312.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed313.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed314.jsonl": (60, 32, 0.99, 0.83),
    PAIRS / "sealed315.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed316.jsonl": (60, 32, 0.91, 0.77),
    PAIRS / "sealed317.jsonl": (60, 32, 0.95, 0.83),
    PAIRS / "sealed318.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed319.jsonl": (60, 32, 0.99, 0.86),
    PAIRS / "sealed320.jsonl": (60, 32, 0.95, 0.83),
    PAIRS / "sealed321.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed322.jsonl": (60, 32, 0.99, 0.89),
    PAIRS / "sealed323.jsonl": (60, 32, 0.99, 0.92),
    PAIRS / "sealed324.jsonl": (60, 32, 0.99, 0.86),
    PAIRS / "sealed325.jsonl": (60, 32, 0.94, 0.67),
    PAIRS / "sealed326.jsonl": (60, 32, 0.99, 0.83),
    PAIRS / "sealed327.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed328.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed329.jsonl": (60, 32, 0.95, 0.83),
    PAIRS / "sealed330.jsonl": (60, 32, 0.94, 0.61),
    PAIRS / "sealed331.jsonl": (60, 32, 0.93, 0.52),
    PAIRS / "sealed332.jsonl": (60, 32, 0.94, 0.67),
    PAIRS / "sealed333.jsonl": (60, 32, 0.91, 0.77),
    PAIRS / "sealed334.jsonl": (60, 32, 0.99, 0.61),
    PAIRS / "sealed335.jsonl": (60, 32, 0.99, 0.61),
    PAIRS / "sealed336.jsonl": (60, 32, 0.99, 0.67),
    PAIRS / "sealed337.jsonl": (60, 32, 0.95, 0.74),
    PAIRS / "sealed338.jsonl": (60, 32, 0.99, 0.74),
    PAIRS / "sealed339.jsonl": (60, 32, 0.99, 0.70),
    PAIRS / "sealed340.jsonl": (60, 32, 0.93, 0.49),
    PAIRS / "sealed341.jsonl": (60, 32, 0.95, 0.80),
    PAIRS / "sealed342.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed343.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed344.jsonl": (60, 32, 0.99, 0.49),
    PAIRS / "sealed345.jsonl": (60, 32, 0.95, 0.74),
    PAIRS / "sealed346.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed347.jsonl": (60, 32, 0.94, 0.58),
    PAIRS / "sealed348.jsonl": (60, 32, 0.99, 0.77),
    PAIRS / "sealed349.jsonl": (60, 32, 0.99, 0.89),
    PAIRS / "sealed350.jsonl": (60, 32, 0.91, 0.77),
    PAIRS / "sealed351.jsonl": (60, 32, 0.99, 0.83),
    PAIRS / "sealed352.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed353.jsonl": (60, 32, 0.94, 0.70),
    PAIRS / "sealed354.jsonl": (60, 32, 0.90, 0.67),
    PAIRS / "sealed355.jsonl": (60, 32, 0.99, 0.55),
    PAIRS / "sealed356.jsonl": (60, 32, 0.95, 0.74),
    PAIRS / "sealed357.jsonl": (60, 32, 0.95, 0.74),
    PAIRS / "sealed358.jsonl": (60, 32, 0.85, 0.58),
    PAIRS / "sealed359.jsonl": (60, 32, 0.95, 0.80),
    PAIRS / "sealed360.jsonl": (60, 32, 0.89, 0.27),
    PAIRS / "sealed361.jsonl": (60, 32, 0.99, 0.67),
    PAIRS / "sealed362.jsonl": (60, 32, 0.95, 0.74),
    PAIRS / "sealed363.jsonl": (60, 32, 0.99, 0.80),
    PAIRS / "sealed364.jsonl": (60, 32, 0.92, 0.86),
    PAIRS / "sealed365.jsonl": (60, 32, 0.93, 0.52),
    PAIRS / "sealed366.jsonl": (60, 32, 0.95, 0.77),
    PAIRS / "sealed367.jsonl": (60, 32, 0.99, 0.83),
    PAIRS / "sealed368.jsonl": (60, 32, 0.99, 0.86),
    PAIRS / "sealed369.jsonl": (60, 32, 0.99, 0.58),
    PAIRS / "sealed370.jsonl": (60, 32, 0.95, 0.89),
    PAIRS / "sealed371.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed372.jsonl": (60, 32, 0.99, 0.77),
    PAIRS / "sealed373.jsonl": (60, 32, 0.99, 0.89),
    PAIRS / "sealed374.jsonl": (60, 32, 0.86, 0.64),
    PAIRS / "sealed375.jsonl": (60, 32, 0.94, 0.67),
    PAIRS / "sealed376.jsonl": (60, 32, 0.99, 0.67),
    PAIRS / "sealed377.jsonl": (60, 32, 0.99, 0.67),
    PAIRS / "sealed378.jsonl": (60, 32, 0.95, 0.83),
    PAIRS / "sealed379.jsonl": (60, 32, 0.95, 0.80),
    PAIRS / "sealed380.jsonl": (60, 32, 0.93, 0.55),
    PAIRS / "sealed381.jsonl": (60, 32, 0.99, 0.58),
    PAIRS / "sealed382.jsonl": (60, 32, 0.93, 0.55),
    PAIRS / "sealed383.jsonl": (60, 32, 0.93, 0.52),
    PAIRS / "sealed384.jsonl": (60, 32, 0.99, 0.70),
    PAIRS / "sealed385.jsonl": (60, 32, 0.99, 0.64),
    PAIRS / "sealed386.jsonl": (60, 32, 0.93, 0.55),
    PAIRS / "sealed199.jsonl": (60, 32, 0.89, 0.81),
    PAIRS / "sealed200.jsonl": (60, 32, 0.96, 0.81),
    PAIRS / "sealed201.jsonl": (60, 32, 0.96, 0.96),
    PAIRS / "sealed202.jsonl": (60, 32, 0.99, 0.81),
}


@pytest.mark.parametrize("path", list(SETS), ids=lambda p: Path(p).stem)
def test_the_set_is_well_formed(path: Path) -> None:
    pairs = load_pairs([path])
    n, merges, _, _ = SETS[path]
    assert len(pairs) == n
    assert sum(p["merge"] for p in pairs) == merges
    assert len({p["id"] for p in pairs}) == len(pairs)
    for p in pairs:
        assert p["a"]["text"] != p["b"]["text"]
        assert p["a"]["outlet"] != p["b"]["outlet"]
        json.dumps(p)


@pytest.mark.parametrize("path", list(SETS), ids=lambda p: Path(p).stem)
def test_merge_precision_and_recall(path: Path) -> None:
    precision, recall, results = measure([path])
    _, _, p_floor, r_floor = SETS[path]
    wrong = [r for r in results if r.merged != r.expected]
    print(f"{Path(path).stem}: pairs {len(results)}, precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= p_floor, wrong
    assert recall >= r_floor, wrong
