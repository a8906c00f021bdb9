"""Depth for the places 2024-2026 Arabic reporting names most (brief gz19, issue 12, Must 3): theatre by theatre, the
places the curator listed from strike, attack and clash reports of those years (Gaza City's junctions, streets and
schools, Khan Younis' and Rafah's corridors and junctions, the West Bank's camp quarters and Jordan Valley and Ramallah
communities; Bekaa, West Bekaa, Tyre and Hasbaya villages; Suwayda, Ghab, coast and Damascus-suburb villages; Sanaa's
quarters and camps; Khartoum's, El Fasher's and Gezira's places; Kurdistan's camps and fields, Iraq's oil fields; Tripoli's
quarters; the 2025 Donetsk, Kharkiv and Kursk front villages and Russia's struck ports and refineries; the Hakari
crossing's other spelling). Each new row or spelling, printed as a report may print it (with a clitic or a type word of
our own), resolves in its theatre within its row's error of the point (10 km at least); the bare forms that are everyday
words answer no new row in any theatre; the far namesakes now resolve in their theatre, and keep their names elsewhere."""

from __future__ import annotations

import pytest
from geo.profile import load_profile
from tests.common import assert_no_place_of_an_everyday_word, assert_resolves_within, gazetteer

THEATRES = ["gaza", "israel_lebanon", "syria", "yemen", "sudan", "iraq", "libya", "ukraine", "karabakh"]

PLACES = [
    # (theatre, name as a report may print it, lat, lon, km: the row's error estimate or 10)  # row id
    # gaza
    ("gaza", "ومدينة أصداء", 31.365, 34.270, 10),  # ps:asdaa
    ("gaza", "لمفترق العلم", 31.315, 34.235, 10),  # ps:alam-junction
    ("gaza", "بمحور ماجن عوز", 31.360, 34.340, 10),  # ps:magen-oz
    ("gaza", "ومدرسة أبو عريبان", 31.450, 34.390, 10),  # ps:abu-oraiban-school
    ("gaza", "لمدرسة دار الأرقم", 31.517, 34.470, 10),  # ps:dar-arqam-school
    ("gaza", "بوادي الفارعة", 32.270, 35.370, 10),  # ps:wadi-faraa
    ("gaza", "لقرية عزبة الطبيب", 32.190, 35.050, 10),  # ps:izbat-tabib
    ("gaza", "بمنطقة عين الديوك", 31.880, 35.430, 10),  # ps:ein-duyuk
    ("gaza", "بقرية المعرجات", 31.930, 35.390, 10),  # ps:muarrajat
    ("gaza", "وقرية راس عين العوجا", 31.960, 35.430, 10),  # ps:ras-ein-auja
    ("gaza", "لالمزرعة الغربية", 31.960, 35.160, 10),  # ps:mazraa-gharbiya
    ("gaza", "وبلدة عارورة", 32.020, 35.160, 10),  # ps:arura
    ("gaza", "لقرية أبو شخيدم", 31.970, 35.180, 10),  # ps:abu-shukheidim
    ("gaza", "بمنطقة جيبيا", 32.010, 35.170, 10),  # ps:jibiya
    ("gaza", "بخربة زنوتا", 31.370, 35.000, 10),  # ps:zanuta
    ("gaza", "وقرية كيسان", 31.640, 35.260, 10),  # ps:kisan
    ("gaza", "لبلدة دار صلاح", 31.720, 35.250, 10),  # ps:dar-salah
    ("gaza", "بمنطقة جنبة", 31.367, 35.177, 10),  # ps:jinba
    ("gaza", "بخربة جنبة", 31.367, 35.177, 10),  # ps:jinba
    ("gaza", "بقرية موراج", 31.310, 34.290, 10),  # ps:morag
    ("gaza", "وقرية مستوطنة موراج", 31.310, 34.290, 10),  # ps:morag
    ("gaza", "لشارع المنطار", 31.500, 34.480, 10),  # ps:mintar-st
    ("gaza", "بشارع النزاز", 31.505, 34.480, 10),  # ps:nazzaz-st
    ("gaza", "وشارع الصحابة", 31.510, 34.460, 10),  # ps:sahaba-st
    ("gaza", "لشارع العشرين", 31.450, 34.390, 10),  # ps:ishreen-st
    ("gaza", "بشارع جمال عبد الناصر", 31.515, 34.450, 10),  # ps:jamal-st
    ("gaza", "وساحة الشوا", 31.510, 34.470, 10),  # ps:shawa-sq
    ("gaza", "لدوار أنصار", 31.520, 34.440, 10),  # ps:ansar-junction
    ("gaza", "بدوار الدحدوح", 31.500, 34.450, 10),  # ps:dahdouh-sq
    ("gaza", "ومفترق عسقولة", 31.500, 34.460, 10),  # ps:asqoula-junction
    ("gaza", "لدوار أبو مازن", 31.520, 34.430, 10),  # ps:abu-mazen-sq
    ("gaza", "بمفترق الغفري", 31.510, 34.460, 10),  # ps:ghafri-junction
    ("gaza", "ودوار النمساوي", 31.350, 34.280, 10),  # ps:nimsawi-sq
    ("gaza", "بمنطقة قاع القرين", 31.330, 34.340, 10),  # ps:qa-qurain
    ("gaza", "بقرية تل زعرب", 31.300, 34.220, 10),  # ps:tal-zorob
    ("gaza", "ومفترق التينة", 31.340, 34.270, 10),  # ps:tina-junction
    ("gaza", "لبلدة البصة", 31.420, 34.340, 10),  # ps:basa
    ("gaza", "بحاجز أبو هولي", 31.370, 34.320, 10),  # ps:abu-holi
    ("gaza", "ومفترق المطاحن", 31.380, 34.330, 10),  # ps:mills-junction
    ("gaza", "لمفترق كيسوفيم", 31.380, 34.360, 10),  # ps:kissufim-junction
    ("gaza", "بحي الدمج", 32.460, 35.290, 10),  # ps:jenin-damaj
    ("gaza", "وحارة الحواشين", 32.460, 35.290, 10),  # ps:jenin-hawashin
    ("gaza", "لحارة الحمام", 32.315, 35.030, 10),  # ps:tulkarm-hammam
    ("gaza", "بحارة المدارس", 32.320, 35.060, 10),  # ps:nurshams-madares
    ("gaza", "وحارة المنشية", 32.320, 35.060, 10),  # ps:nurshams-manshiya
    ("gaza", "لخربة الطويل", 32.120, 35.380, 10),  # ps:khirbet-tawil
    ("gaza", "بقرية حمامات المالح", 32.330, 35.500, 10),  # ps:hammamat-maleh
    ("gaza", "وقرية خلة مكحول", 32.310, 35.520, 10),  # ps:makhoul
    ("gaza", "لبلدة عاطوف", 32.250, 35.470, 10),  # ps:atuf
    ("gaza", "وبلدة بيت عور", 31.890, 35.110, 10),  # ps:beit-ur
    ("gaza", "ومفترق الصفطاوي", 31.545, 34.475, 10),  # ps:saftawi
    # israel_lebanon
    ("israel_lebanon", "وبلدة عين بورضاي", 34.000, 36.190, 10),  # lb:ain-bourday
    ("israel_lebanon", "لقرية يحمر البقاع", 33.530, 35.680, 10),  # lb:yohmor-bekaa
    ("israel_lebanon", "بمنطقة دوحة عرمون", 33.740, 35.490, 10),  # lb:doha-aramoun
    ("israel_lebanon", "بقرية كيفون", 33.780, 35.590, 10),  # lb:kayfoun
    ("israel_lebanon", "وقرية عدوسية", 33.430, 35.340, 10),  # lb:adousiyeh
    ("israel_lebanon", "لبلدة تفاحتا", 33.460, 35.390, 10),  # lb:toffahta
    ("israel_lebanon", "وبلدة بكاسين", 33.560, 35.570, 10),  # lb:bkassine
    ("israel_lebanon", "لقرية ميدون", 33.510, 35.680, 10),  # lb:maidoun
    ("israel_lebanon", "بمنطقة زلايا", 33.520, 35.680, 10),  # lb:zellaya
    ("israel_lebanon", "بقرية الصويري", 33.620, 35.850, 10),  # lb:sawiri
    ("israel_lebanon", "وحي الشراونة", 34.010, 36.215, 10),  # lb:baalbek-sharawneh
    ("israel_lebanon", "لبلدة النبي أيلا", 33.850, 36.000, 10),  # lb:nabi-ayla
    ("israel_lebanon", "وبلدة يحفوفا", 33.880, 36.150, 10),  # lb:yahfoufa
    ("israel_lebanon", "لقرية سرعين", 33.890, 36.080, 10),  # lb:saraain
    ("israel_lebanon", "لبلدة حام", 34.050, 36.310, 10),  # lb:ham
    ("israel_lebanon", "بقرية معربون", 33.930, 36.230, 10),  # lb:maarboun
    ("israel_lebanon", "وبلدة الطفيل", 33.860, 36.340, 10),  # lb:tfail
    ("israel_lebanon", "لبلدة مطربا", 34.480, 36.430, 10),  # lb:matraba
    ("israel_lebanon", "وبلدة فلاوى", 34.030, 36.160, 10),  # lb:falawi
    ("israel_lebanon", "لقرية الحلانية", 33.990, 36.190, 10),  # lb:hallaniyeh
    ("israel_lebanon", "بمنطقة حوش تل صفية", 34.020, 36.270, 10),  # lb:hosh-tal-safiya
    ("israel_lebanon", "بقرية قرطبا", 34.100, 35.850, 10),  # lb:qartaba
    ("israel_lebanon", "وقرية ترشيش", 33.880, 35.780, 10),  # lb:tarshish
    ("israel_lebanon", "لبلدة العاقورة", 34.180, 35.860, 10),  # lb:aqoura
    ("israel_lebanon", "وبلدة القبيات", 34.570, 36.270, 10),  # lb:qoubaiyat
    ("israel_lebanon", "وقرية أيطو", 34.335, 35.930, 10),  # lb:aitou
    ("israel_lebanon", "لمستعمرة المالكية", 33.097, 35.512, 10),  # il:malkia
    ("israel_lebanon", "وبلدة المالكية", 33.097, 35.512, 10),  # il:malkia
    ("israel_lebanon", "وبلدة المحمودية", 33.420, 35.550, 10),  # lb:mahmoudiyeh
    ("israel_lebanon", "لقرية برغز", 33.370, 35.560, 10),  # lb:burghuz
    ("israel_lebanon", "بمنطقة طورا", 33.300, 35.280, 10),  # lb:toura
    ("israel_lebanon", "بقرية قلاويه", 33.260, 35.390, 10),  # lb:qlaway
    ("israel_lebanon", "ووادي زبقين", 33.190, 35.300, 10),  # lb:wadi-zibqin
    ("israel_lebanon", "لبلدة علمان", 33.360, 35.560, 10),  # lb:alman
    ("israel_lebanon", "وبلدة أبو قمحة", 33.380, 35.640, 10),  # lb:abu-qamha
    ("israel_lebanon", "لقرية بسطرة", 33.360, 35.660, 10),  # lb:bastra
    ("israel_lebanon", "بمنطقة الشعيتية", 33.230, 35.270, 10),  # lb:shaitiyeh
    ("israel_lebanon", "ببلدة باريش", 33.270, 35.340, 10),  # lb:barish
    ("israel_lebanon", "وقرية طيرزبنا", 33.280, 35.360, 10),  # lb:tayr-zebna
    ("israel_lebanon", "لمنطقة جل البحر", 33.280, 35.210, 10),  # lb:jal-al-bahr
    ("israel_lebanon", "وبلدة التيرو", 33.790, 35.480, 10),  # lb:tiro
    ("israel_lebanon", "لقرية برج أبي حيدر", 33.880, 35.500, 10),  # lb:burj-abi-haidar
    ("israel_lebanon", "وبلدة الغسانية", 33.460, 35.360, 10),  # lb:ghassaniyeh
    ("israel_lebanon", "لقرية عين مجدلين", 33.550, 35.580, 10),  # lb:ain-majdalein
    ("israel_lebanon", "بمنطقة صيدون", 33.530, 35.570, 10),  # lb:saydoun
    ("israel_lebanon", "بقرية عين عنوب", 33.770, 35.540, 10),  # lb:ain-anoub
    ("israel_lebanon", "وقرية صحرا الشويفات", 33.800, 35.520, 10),  # lb:sahra-choueifat
    ("israel_lebanon", "لبلدة دير قوبل", 33.790, 35.530, 10),  # lb:deir-qoubel
    ("israel_lebanon", "وبلدة غزة البقاعية", 33.670, 35.830, 10),  # lb:ghazzeh-bekaa
    ("israel_lebanon", "لقرية حوش حالا", 33.860, 36.000, 10),  # lb:hosh-hala
    ("israel_lebanon", "بمنطقة بتدعي", 34.030, 36.180, 10),  # lb:btedii
    ("israel_lebanon", "ببلدة جوار الحشيش", 34.400, 36.350, 10),  # lb:jawar-hashish
    ("israel_lebanon", "وقرية الشواغير", 34.380, 36.400, 10),  # lb:shawaghir
    ("israel_lebanon", "لبلدة الكواخ", 34.370, 36.380, 10),  # lb:kwakh
    ("israel_lebanon", "بوادي فعرة", 34.330, 36.450, 10),  # lb:wadi-faara
    ("israel_lebanon", "لقرية نبحا", 34.130, 36.230, 10),  # lb:nabha
    # syria
    ("syria", "وبلدة سلحب", 35.420, 36.380, 10),  # sy:salhab
    ("syria", "لقرية جورين", 35.620, 36.370, 10),  # sy:jurin
    ("syria", "بمنطقة عرطوز", 33.440, 36.160, 10),  # sy:artouz
    ("syria", "بقرية يعفور", 33.520, 36.090, 10),  # sy:yafour
    ("syria", "وبلدة منين", 33.640, 36.300, 10),  # sy:minin
    ("syria", "لبلدة حجيرة", 33.440, 36.310, 10),  # sy:hujeira
    ("syria", "ببلدة عين الكروم", 35.550, 36.330, 10),  # sy:ain-kurum
    ("syria", "لقرية بسنادا", 35.550, 35.830, 10),  # sy:bisnada
    ("syria", "بمنطقة رأس شمرا", 35.600, 35.780, 10),  # sy:ras-shamra
    ("syria", "بقرية تل حلف", 36.830, 40.040, 10),  # sy:tell-halaf
    ("syria", "وقرية حمام القراحلة", 35.340, 35.990, 10),  # sy:hammam-qarahila
    ("syria", "لقرية البيضا", 35.170, 35.980, 10),  # sy:bayda-baniyas
    ("syria", "ومنطقة الغاب", 35.650, 36.350, 10),  # w:sy-r-ghab
    ("syria", "لبلدة المرقب", 35.151, 35.949, 10),  # sy:margat
    ("syria", "بقرية المرقب", 35.151, 35.949, 10),  # sy:margat
    ("syria", "وقرية رساس", 32.630, 36.580, 10),  # sy:rasas
    ("syria", "لبلدة عرمان", 32.500, 36.780, 10),  # sy:arman
    ("syria", "ببلدة نجران", 32.830, 36.450, 10),  # sy:najran-suwayda
    ("syria", "لقرية عش الورور", 33.550, 36.330, 10),  # sy:ish-warwar
    ("syria", "لحي السريان", 36.220, 37.140, 10),  # sy:aleppo-syriac
    # yemen
    ("yemen", "بمنطقة الصباحة", 15.340, 44.130, 10),  # ye:sabaha
    ("yemen", "لقرية جربان", 15.190, 44.230, 10),  # ye:jarban
    ("yemen", "بمنطقة الحتارش", 15.400, 44.320, 10),  # ye:hatarish
    ("yemen", "بجبل عيبان", 15.330, 44.150, 10),  # ye:jabal-aiban
    ("yemen", "ومنطقة دار سلم", 15.280, 44.190, 10),  # ye:dar-salm
    ("yemen", "لبلدة قاع القيضي", 15.260, 44.200, 10),  # ye:qa-qaidi
    ("yemen", "وبلدة بيت معياد", 15.330, 44.190, 10),  # ye:bayt-miyad
    ("yemen", "ومعسكر 48", 15.230, 44.200, 10),  # ye:camp-48
    ("yemen", "لمعسكر الأمن المركزي", 15.320, 44.190, 10),  # ye:sanaa-central-security
    ("yemen", "بمنطقة الجبانة", 14.820, 42.970, 10),  # ye:hodeidah-jabbanah
    ("yemen", "وقرية حذران", 13.600, 43.900, 10),  # ye:hadhran
    ("yemen", "لبلدة رأس العارة", 12.630, 43.980, 10),  # ye:ras-ara
    ("yemen", "وبلدة قانية", 14.480, 45.050, 10),  # ye:qaniya
    ("yemen", "ومديرية مرخة", 14.550, 46.250, 20),  # ye:markha
    ("yemen", "لحي الصافية بصنعاء", 15.330, 44.210, 10),  # ye:sanaa-safiyah
    ("yemen", "بقرية آزال", 15.375, 44.200, 10),  # ye:sanaa-azal
    ("yemen", "ومصنع عمران للإسمنت", 15.670, 43.940, 10),  # ye:amran-cement
    ("yemen", "وقرية همدان", 15.440, 44.120, 10),  # ye:hamdan
    ("yemen", "لمدينة نصاب", 14.507, 46.493, 10),  # gn:72181
    ("yemen", "ببلدة نصاب", 14.507, 46.493, 10),  # gn:72181
    ("yemen", "وبلدة معبر", 14.794, 44.294, 10),  # gn:73409
    ("yemen", "لمنطقة معبر", 14.794, 44.294, 10),  # gn:73409
    ("yemen", "بمنطقة ثقبان", 15.450, 44.220, 10),  # ye:thuqban
    ("yemen", "بمنطقة صرف", 15.380, 44.280, 10),  # ye:sarf
    ("yemen", "ومعسكر ريمة حميد", 15.200, 44.250, 10),  # ye:rimat-hamid-camp
    ("yemen", "لجبل الصمع", 15.600, 44.250, 10),  # ye:jabal-sama
    ("yemen", "بوادي ظهر", 15.400, 44.120, 10),  # ye:wadi-dhahr
    ("yemen", "لحي فروة", 15.375, 44.230, 10),  # ye:farwa-market
    # sudan
    ("sudan", "بمنطقة جامعة الفاشر", 13.635, 25.345, 10),  # sd:fasher-university
    ("sudan", "بحي التكارنة", 13.630, 25.340, 10),  # sd:fasher-takarna
    ("sudan", "ومنطقة قري", 16.050, 32.620, 10),  # sd:garri
    ("sudan", "لقرية طابت", 14.130, 33.100, 15),  # sd:tabat
    ("sudan", "بمدينة الجنيد", 14.750, 33.350, 10),  # sd:guneid
    ("sudan", "وبلدة ود الحداد", 13.950, 33.520, 12),  # sd:wad-haddad
    ("sudan", "لقرية ألتي", 14.900, 33.150, 20),  # sd:alti
    ("sudan", "بقرية روكرو", 13.650, 24.450, 15),  # sd:rokoro
    ("sudan", "وحي السلمة", 15.480, 32.500, 10),  # sd:salama-khartoum
    ("sudan", "لمقر الفرقة السادسة مشاة", 13.625, 25.340, 10),  # sd:fasher-6th-division
    ("sudan", "بقيادة الفرقة السادسة مشاة", 13.625, 25.340, 10),  # sd:fasher-6th-division
    ("sudan", "وبلدة بليل", 12.020, 24.970, 10),  # sd:bielel
    ("sudan", "لمدينة بليل", 12.020, 24.970, 10),  # sd:bielel
    ("sudan", "بمنطقة بليل", 12.020, 24.970, 10),  # sd:bielel
    ("sudan", "وقرية دار السلام أمبدة", 15.660, 32.410, 10),  # sd:dar-al-salam-omdurman
    ("sudan", "لبلدة دار السلام بأمبدة", 15.660, 32.410, 10),  # sd:dar-al-salam-omdurman
    ("sudan", "لقرية عد حسين", 15.500, 32.520, 10),  # sd:ed-hussein
    ("sudan", "لمنطقة أم دوم", 15.600, 32.660, 10),  # sd:umm-dom
    ("sudan", "بمعسكر حطاب", 15.700, 32.650, 10),  # sd:hattab-camp
    ("sudan", "وقاعدة جبل سركاب", 15.700, 32.430, 10),  # sd:jebel-sarkab
    ("sudan", "لمنطقة الوادي الأخضر", 15.680, 32.700, 10),  # sd:wadi-akhdar
    # iraq
    ("iraq", "لقاعدة الشهيد محمد علاء", 33.270, 44.230, 10),  # iq:muhammad-alaa-base
    ("iraq", "بحقل جمبور", 35.320, 44.560, 10),  # iq:jambur-field
    ("iraq", "وحقل خباز", 35.370, 44.150, 15),  # iq:khabbaz-field
    ("iraq", "لحقل الأحدب", 32.550, 45.750, 15),  # iq:ahdab-field
    ("iraq", "بحقل مجنون", 31.050, 47.550, 10),  # iq:majnoon-field
    ("iraq", "ومصفاة لاناز", 36.150, 43.850, 15),  # iq:lanaz-refinery
    ("iraq", "لمخيم كوركوسك", 36.180, 43.760, 10),  # iq:kawergosk
    ("iraq", "وبلدة شرانش", 37.200, 42.850, 10),  # iq:sharansh
    ("iraq", "لقرية بالكايتي", 36.800, 44.880, 10),  # iq:balakayati
    ("iraq", "بمنطقة تل قصب", 36.210, 41.700, 10),  # iq:tel-qasab
    ("iraq", "بقرية سيبا شيخ خدر", 36.150, 41.550, 10),  # iq:siba-sheikh-khidir
    ("iraq", "ووادي الثرثار", 34.300, 43.400, 25),  # iq:tharthar-valley
    ("iraq", "بقاعدة فيكتوري", 33.290, 44.250, 10),  # iq:victory-base
    ("iraq", "وقاعدة فكتوري", 33.290, 44.250, 10),  # iq:victory-base
    ("iraq", "لمعسكر النصر", 33.290, 44.250, 10),  # iq:victory-base
    ("iraq", "بقاعدة البلد الجوية", 33.940, 44.360, 10),  # iq:balad-airbase
    ("iraq", "وقاعدة الصقر", 33.255, 44.365, 10),  # iq:saqr-camp
    ("iraq", "لبلدة كامب أشرف", 33.850, 44.700, 10),  # iq:camp-ashraf
    ("iraq", "وبلدة تلال حمرين", 34.400, 44.600, 10),  # iq:hamrin
    ("iraq", "بمدينة الحضر", 35.573, 42.734, 10),  # gn:99413
    ("iraq", "وبلدة الحضر", 35.573, 42.734, 10),  # gn:99413
    ("iraq", "لناحية الحضر", 35.573, 42.734, 10),  # gn:99413
    ("iraq", "وبلدة حفتانين", 37.250, 43.000, 15),  # iq:haftanin
    ("iraq", "لقرية بيخال", 36.620, 44.580, 10),  # iq:bekhal
    ("iraq", "لمخيم قاديا", 36.880, 43.030, 10),  # iq:qadia-camp
    ("iraq", "بمخيم خانكي", 36.870, 42.930, 10),  # iq:khanke
    ("iraq", "ومخيم بيرسفي", 37.140, 42.750, 10),  # iq:bersive-camp
    ("iraq", "وبلدة بيارة", 35.230, 46.120, 10),  # iq:nahiya-biara
    ("iraq", "لقرية طويلة بحلبجة", 35.180, 46.190, 10),  # iq:nahiya-tawella
    ("iraq", "بمنطقة طويلة في حلبجة", 35.180, 46.190, 10),  # iq:nahiya-tawella
    # libya
    ("libya", "لقاعدة الخادم", 32.150, 21.000, 15),  # ly:khadim
    ("libya", "وبلدة زناتة", 32.870, 13.200, 10),  # ly:zanata
    ("libya", "ومنطقة رأس حسن", 32.890, 13.190, 10),  # ly:ras-hassan
    ("libya", "بمنطقة غدوة", 26.430, 14.280, 15),  # ly:ghudwa
    ("libya", "بمنطقة أبو هادي", 31.030, 16.650, 10),  # ly:abu-hadi
    ("libya", "وقرية السدادة", 31.700, 14.900, 15),  # ly:saddada
    ("libya", "بقاعدة أبو ستة", 32.895, 13.205, 10),  # ly:abu-sitta
    ("libya", "والقاعدة البحرية أبو ستة", 32.895, 13.205, 10),  # ly:abu-sitta
    ("libya", "لالقاعدة البحرية بطرابلس", 32.895, 13.205, 10),  # ly:abu-sitta
    # ukraine
    ("ukraine", "وبلدة أوست لوغا", 59.680, 28.400, 10),  # ru:ust-luga
    ("ukraine", "لقرية يلابوغا", 55.760, 52.050, 10),  # ru:yelabuga
    ("ukraine", "لمطار شاتالوفو", 54.530, 32.480, 10),  # ru:shatalovo
    ("ukraine", "بقرية خوتين بسومي", 51.070, 34.750, 10),  # ua:khotin-sumy
    ("ukraine", "لقرية سلافيانسك على كوبان", 45.251, 38.121, 10),  # ru:slavyansk-na-kubani
    ("ukraine", "لبلدة فيرخنوكاميانسكي", 48.830, 38.070, 10),  # ua:verkhnokamianske
    ("ukraine", "وبلدة أولكساندرو-كالينوفي", 48.450, 37.670, 10),  # ua:oleksandro-kalynove
    ("ukraine", "لقرية ستوبوتشكي", 48.550, 37.830, 10),  # ua:stupochky
    ("ukraine", "بمنطقة بريدتيتشيني", 48.530, 37.770, 10),  # ua:predtechyne
    ("ukraine", "بقرية نيليبيفكا", 48.460, 37.790, 10),  # ua:nelipivka
    ("ukraine", "وقرية زولوتي كولوديز", 48.700, 37.330, 10),  # ua:zolotyi-kolodiaz
    ("ukraine", "لبلدة كوتليني", 48.220, 37.050, 10),  # ua:kotlyne
    ("ukraine", "وبلدة بوهويافلينكا", 47.850, 37.070, 10),  # ua:bohoiavlenka
    ("ukraine", "لقرية فيرخني سالتيف", 50.090, 36.800, 10),  # ua:verkhnii-saltiv
    ("ukraine", "بمنطقة لوكيانتسي", 50.270, 36.460, 10),  # ua:lukiantsi
    ("ukraine", "بقرية ماخنوفكا", 51.260, 35.290, 10),  # ru:makhnovka
    ("ukraine", "بمصفاة كويبيشيف", 53.150, 50.130, 10),  # ru:kuibyshev-refinery
    ("ukraine", "ومصفاة إلسكي", 44.845, 38.565, 10),  # ua:ilsky
    ("ukraine", "لبلدة إلسكي", 44.845, 38.565, 10),  # ua:ilsky
    # karabakh
    ("karabakh", "لقرية معبر حاكاري", 39.540, 46.540, 10),  # kb:hakari
    ("karabakh", "لجسر حاكاري", 39.540, 46.540, 10),  # kb:hakari
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz19_places_resolve_in_their_theatre(theatre, name, lat, lon, km):
    assert_resolves_within(theatre, name, lat, lon, km)


EVERYDAY = [
    # everyday words (or phrases) that are also bare names of the new rows: listed with their type word only
    ("israel_lebanon", "حام", "lb:ham"),  # hot (Ham of Baalbek: بلدة حام)
    ("israel_lebanon", "الطفيل", "lb:tfail"),  # the gatecrasher (Tfail: بلدة الطفيل)
    ("israel_lebanon", "جل البحر", "lb:jal-al-bahr"),  # most of the sea (Jal al-Bahr of Tyre)
    ("israel_lebanon", "باريش", "lb:barish"),  # (Barish of Tyre: بلدة باريش)
    ("gaza", "أصداء", "ps:asdaa"),  # echoes (Asdaa City of Khan Younis)
    ("gaza", "دار صلاح", "ps:dar-salah"),  # Salah's house (Dar Salah of Bethlehem)
    ("gaza", "أبو هولي", "ps:abu-holi"),  # a surname (the Abu Holi junction)
    ("syria", "منين", "sy:minin"),  # from where (Minin of Rif Dimashq)
    ("syria", "البيضا", "sy:bayda-baniyas"),  # the white (al-Bayda of Baniyas)
    ("syria", "عين الكروم", "sy:ain-kurum"),  # the vineyards' spring (Ain al-Kurum of the Ghab)
    ("syria", "نجران", "sy:najran-suwayda"),  # the Saudi city's name (Najran of Suwayda: بلدة نجران)
    ("yemen", "دار سلم", "ye:dar-salm"),
    ("yemen", "الجبانة", "ye:hodeidah-jabbanah"),  # the cemetery (al-Jabbanah of Hodeidah)
    ("yemen", "صرف", "ye:sarf"),  # exchange, spending (Sarf of Bani Hushaysh)
    ("yemen", "نصاب", "gn:72181"),  # quorum (Nisab of Shabwa: مدينة نصاب)
    ("yemen", "معبر", "gn:73409"),  # crossing (Ma'bar of Dhamar: بلدة معبر)
    ("sudan", "قري", "sd:garri"),  # villages (Garri: منطقة قري)
    ("sudan", "طابت", "sd:tabat"),  # it was good (Tabat of Gezira)
    ("sudan", "الجنيد", "sd:guneid"),  # a name (al-Guneid of Gezira)
    ("sudan", "ود الحداد", "sd:wad-haddad"),
    ("sudan", "ألتي", "sd:alti"),  # read التي, 'which' (Alti of Gezira)
    ("sudan", "أم دوم", "sd:umm-dom"),
    ("sudan", "الوادي الأخضر", "sd:wadi-akhdar"),  # the green valley
    ("iraq", "الحضر", "gn:99413"),  # the settled people (Hatra: مدينة الحضر)
    ("libya", "رأس حسن", "ly:ras-hassan"),
    ("libya", "أبو هادي", "ly:abu-hadi"),
    ("libya", "أبو ستة", "ly:abu-sitta"),
]


@pytest.mark.parametrize("theatre, word, place_id", EVERYDAY)
def test_an_everyday_word_is_no_such_place(theatre, word, place_id):
    assert_no_place_of_an_everyday_word(theatre, word)


@pytest.mark.parametrize("theatre, word, place_id", EVERYDAY)
def test_an_everyday_word_answers_the_new_row_in_no_theatre(theatre, word, place_id):
    for other in THEATRES:
        place = gazetteer().lookup(word, theatre=load_profile(other).theatre)
        assert place is None or place.id != place_id, (other, word, place)


@pytest.mark.parametrize("theatre, name, place_id", [
    # far namesakes: each now answers the place of its theatre
    ("israel_lebanon", "المالكية", "il:malkia"),  # was Syria's al-Malikiyah (Derik), 758 km
    ("israel_lebanon", "المحمودية", "lb:mahmoudiyeh"),  # was Iraq's al-Mahmudiyah, 822 km
    ("israel_lebanon", "ميدون", "lb:maidoun"),  # was Meudon in France
    ("israel_lebanon", "سرعين", "lb:saraain"),  # was Sareyn in Iran
    ("israel_lebanon", "بلدة باريش", "lb:barish"),  # was Barysh in Russia
    ("yemen", "همدان", "ye:hamdan"),  # was Hamadan in Iran
    ("syria", "المرقب", "sy:margat"),  # was al-Khums in Libya
    ("syria", "قرية البيضا", "sy:bayda-baniyas"),  # was al-Bayda in Libya
    ("syria", "حي حجيرة", "sy:hujeira"),  # was al-Joura of Deir ez-Zor, 408 km
    ("gaza", "المزرعة الغربية", "ps:mazraa-gharbiya"),  # was al-Mazra'a of Suwayda
    ("sudan", "بلدة بليل", "sd:bielel"),  # was Lille in France
    ("ukraine", "مصفاة إلسكي", "ua:ilsky"),  # was Skee in Sweden
    ("ukraine", "مصفاة كويبيشيف", "ru:kuibyshev-refinery"),  # was Kuybyshev in Novosibirsk oblast
    ("ukraine", "بلدة خوتين", "ua:khotin-sumy"),  # was Khotyn of Chernivtsi, 659 km
    ("iraq", "طويلة بحلبجة", "iq:nahiya-tawella"),
    # ... and the namesakes keep their own names in their own theatres
    ("syria", "المالكية", "gn:173530"),
    ("iraq", "المحمودية", "gn:99100"),
    ("libya", "المرقب", "gn:2219905"),
    ("ukraine", "خوتين", "gn:706244"),
    ("sudan", "بلدة طويلة", "sd:tawila"),
])
def test_a_namesake_resolves_in_its_theatre(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=load_profile(theatre).theatre)
    assert place is not None and place.id == place_id, (name, place)


def test_bare_markha_is_no_yemeni_district_in_sudan():
    # Markha of Shabwa is listed with its type word only: bare مرخة (المرخة) is also a village north-east of Bara in
    # North Kordofan, which a Sudan report sent 1,700 km to Shabwa while the bare name was on the Yemeni row
    for theatre in ("sudan", "yemen"):
        place = gazetteer().lookup("مرخة", theatre=load_profile(theatre).theatre)
        assert place is None or place.id != "ye:markha", (theatre, place)
    assert gazetteer().lookup("مديرية مرخة", theatre=load_profile("yemen").theatre).id == "ye:markha"
