# Hand annotations, one block per article (executed by annotate.py).
# d.title(person, position[, former=True]) -> holds_title (+ position_of)
# d.rel(subject, relation, object)

# ---------------------------------------------------------------- 21472915
# Lễ phát động Tết trồng cây, Vĩnh Phúc, "Sáng nay, ngày 6.2" (2017 per headline).
d = Doc("21472915")
ev = E('Lễ phát động "Tết trồng cây, đời đời nhớ ơn Bác Hồ" xuân Đinh Dậu 2017',
       "Lễ phát động “Tết trồng cây, đời đời nhớ ơn Bác Hồ” xuân Đinh Dậu 2017",
       "Lễ phát động trồng cây xuân Đinh Dậu 2017", "lễ phát động Tết trồng cây",
       "Lễ phát động")
hnd = O("Trung ương Hội Nông dân Việt Nam", "T.Ư Hội NDVN", "Hội Nông dân Việt Nam")
ubnd_vp = O("Ủy ban nhân dân tỉnh Vĩnh Phúc", "UBND tỉnh Vĩnh Phúc")
d.rel(hnd, "organizes", ev)
d.rel(ubnd_vp, "organizes", ev)
d.rel(ev, "held_in", L("Vĩnh Phúc"))
d.rel(ev, "held_on", "2017-02-06")
for p in ["Nguyễn Thiện Nhân", "Lại Xuân Môn", "Hoàng Thị Thúy Lan"]:
    d.rel(p, "attends", ev)
d.title("Nguyễn Thiện Nhân", UVBCT)
d.title("Nguyễn Thiện Nhân", ct_mttq("Chủ tịch Ủy ban T.Ư Mặt trận Tổ quốc Việt Nam",
                                     "Chủ tịch Ủy ban T.Ư MTTQVN", "Chủ tịch UB T.Ư MTTQ VN"))
d.title("Lại Xuân Môn", UVTW)
d.title("Lại Xuân Môn", PO("Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
                           "Chủ tịch BCH T.Ư Hội NDVN", "Chủ tịch Hội Nông dân Việt Nam",
                           org=O("Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
                                 "BCH T.Ư Hội NDVN", "Trung ương Hội Nông dân Việt Nam",
                                 "T.Ư Hội NDVN", "Hội Nông dân Việt Nam")))
d.title("Hoàng Thị Thúy Lan", UVTW)
d.title("Hoàng Thị Thúy Lan", PO("Bí thư Tỉnh ủy Vĩnh Phúc", org=O("Tỉnh ủy Vĩnh Phúc")))
d.title("Nguyễn Văn Trì", PO("Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Phúc", "Chủ tịch UBND tỉnh Vĩnh Phúc",
                             "Chủ tịch UBND tỉnh", org=ubnd_vp))
d.title("Hồ Chí Minh", HCM_CT)

# ---------------------------------------------------------------- 21480335
# Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam - Lào, Hà Nội, "ngày 7 - 8/2/2017".
d = Doc("21480335")
ky = E("Kỳ họp lần thứ 39 Ủy ban liên Chính phủ Việt Nam - Lào",
       "Kỳ họp lần thứ 39 của Ủy ban liên Chính phủ Việt Nam - Lào", "Kỳ họp lần thứ 39")
d.rel("Thongloun Sisoulith", "attends", ky)
d.rel("Thongloun Sisoulith", "chairs", ky)
d.rel(ky, "held_in", L("Hà Nội"))
d.rel(ky, "held_on", "2017-02-07")
d.title("Nguyễn Xuân Phúc", TTG)
d.title("Thongloun Sisoulith", PO("Thủ tướng Chính phủ CHDCND Lào",
                                  "Thủ tướng Chính phủ Cộng hòa Dân chủ Nhân dân Lào",
                                  "Thủ tướng Lào", "Thủ tướng",
                                  org=O("Chính phủ CHDCND Lào",
                                        "Chính phủ Cộng hòa Dân chủ Nhân dân Lào",
                                        "Chính phủ Lào", "Chính phủ nước CHDCND Lào")))
d.title("Somdy Douangdy", PO("Bộ trưởng Bộ Tài chính Lào", org=O("Bộ Tài chính Lào")))
d.title("Souphanh Keomixay", PO("Bộ trưởng Bộ Kế hoạch Đầu tư Lào",
                                org=O("Bộ Kế hoạch Đầu tư Lào")))
d.title("Khemmani Pholsena", PO("Bộ trưởng Bộ Công Thương Lào", org=O("Bộ Công Thương Lào")))

# ---------------------------------------------------------------- 21511095
# Two conferences on "Chiều 10/2" / "Cũng trong ngày 10/2" (2017: the 2016 review).
d = Doc("21511095")
h1 = E("Hội nghị tổng kết thực hiện quy chế phối hợp công tác năm 2016",
       "hội nghị tổng kết thực hiện quy chế phối hợp công tác năm 2016, thảo luận về những trọng tâm phối hợp công tác năm 2017")
h2 = E("Hội nghị liên tịch thường niên của Chính phủ và Ủy ban Trung ương MTTQ",
       "Hội nghị liên tịch thường niên của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
       "Hội nghị liên tịch thường niên")
ubtvqh = O("Ủy ban Thường vụ Quốc hội", "UBTVQH")
dct = O("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam",
        "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")
d.rel(ubtvqh, "organizes", h1)
d.rel(dct, "organizes", h1)
d.rel(h1, "held_on", "2017-02-10")
d.rel("Nguyễn Thị Kim Ngân", "chairs", h1)
d.rel("Nguyễn Thiện Nhân", "chairs", h1)
d.rel("Nguyễn Xuân Phúc", "chairs", h2)
d.rel("Nguyễn Thiện Nhân", "chairs", h2)
d.rel(h2, "held_on", "2017-02-10")
d.title("Nguyễn Thị Kim Ngân", CTQH)
d.title("Nguyễn Thiện Nhân", ct_mttq("Chủ tịch UBTW MTTQ VN", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"))
mttq = O(MTTQ, "Ủy ban Trung ương MTTQ Việt Nam", "UBTW MTTQ VN", "Ủy ban Trung ương MTTQ")
d.title("Trần Thanh Mẫn", PO("Phó Chủ tịch " + MTTQ, "Phó Chủ tịch", org=mttq))
d.title("Trần Thanh Mẫn", PO("Tổng thư ký " + MTTQ, "Tổng thư ký Ủy ban Trung ương MTTQ Việt Nam",
                             org=mttq))
d.title("Nguyễn Xuân Phúc", TTG)

# ---------------------------------------------------------------- 21511465
# "cuộc gặp mặt truyền thống" is not a named event (see README): titles only.
d = Doc("21511465")
d.title("Trần Đại Quang", CTN)
d.title("Đặng Thị Ngọc Thịnh", PCTN)
d.title("Nguyễn Văn Nên", BTTW)
d.title("Nguyễn Văn Nên", PO("Chánh Văn phòng Trung ương Đảng", "Chánh Văn phòng T.Ư Đảng",
                             org=O("Văn phòng Trung ương Đảng", "Văn phòng T.Ư Đảng")))
for p in ["Đào Việt Trung", "Mai Tiến Dũng", "Nguyễn Hạnh Phúc"]:
    d.title(p, UVTW)
d.title("Đào Việt Trung", PO("Chủ nhiệm Văn phòng Chủ tịch nước", org=O("Văn phòng Chủ tịch nước")))
d.title("Mai Tiến Dũng", PO("Bộ trưởng"))
d.title("Mai Tiến Dũng", PO("Chủ nhiệm Văn phòng Chính phủ", org=O("Văn phòng Chính phủ")))
d.title("Nguyễn Hạnh Phúc", PO("Chủ nhiệm Văn phòng Quốc hội", org=O("Văn phòng Quốc hội")))

# ---------------------------------------------------------------- 22246085
# Lễ trao Giải thưởng ASPIRE 2017, "Ngày 11/5, tại Hà Nội".
d = Doc("22246085")
le = E("Lễ trao Giải thưởng Khoa học APEC về Đổi mới, Nghiên cứu và Giáo dục",
       "lễ trao Giải thưởng Khoa học APEC về Đổi mới, Nghiên cứu và Giáo dục (ASPIRE 2017)",
       "Trao Giải thưởng Khoa học APEC về Đổi mới, Nghiên cứu và Giáo dục (ASPIRE 2017)",
       "lễ trao giải")
d.rel(le, "held_in", L("Hà Nội"))
d.rel(le, "held_on", "2017-05-11")
d.title("Trần Quốc Khánh", PO("Thứ trưởng Bộ Khoa học và Công nghệ",
                              org=O("Bộ Khoa học và Công nghệ")))
d.rel(P("Yanwu Zhu"), "received_award",
      A("Giải thưởng ASPIRE 2017", "ASPIRE 2017", "ASPRE 2017", "giải ASPRE 2017",
        "Giải thưởng ASPIRE",
        "Giải thưởng Khoa học APEC về Đổi mới, Nghiên cứu và Giáo dục (ASPIRE 2017)",
        "Giải thưởng Khoa học APEC về Đổi mới, Nghiên cứu và Giáo dục"))

# ---------------------------------------------------------------- 22247145
# State visit to China; lễ đón chính thức "17h chiều 11/5" in Beijing.
d = Doc("22247145")
ledon = E("Lễ đón chính thức Chủ tịch nước Trần Đại Quang và Đoàn đại biểu cấp cao Việt Nam",
          "lễ đón chính thức Chủ tịch nước Trần Đại Quang và Đoàn đại biểu cấp cao Việt Nam thăm cấp Nhà nước tới Trung Quốc",
          "Lễ đón Chủ tịch nước Trần Đại Quang", "Lễ đón chính thức", "lễ đón")
d.rel("Tập Cận Bình", "chairs", ledon)
d.rel(ledon, "held_in", L("Bắc Kinh"))
d.rel(ledon, "held_on", "2017-05-11")
d.title("Trần Đại Quang", CTN)
d.title("Tập Cận Bình", PO("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc",
                           "Tổng Bí thư",
                           org=O("Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc")))
d.title("Tập Cận Bình", PO("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa",
                           "Chủ tịch nước CHND Trung Hoa", "Chủ tịch Trung Quốc"))
d.title("Lạc Thụ Cương", PO("Bộ trưởng Bộ Văn hóa Trung Quốc", org=O("Bộ Văn hóa Trung Quốc")))
d.title("Hồng Tiểu Dũng", PO("Đại sứ Trung Quốc tại Việt Nam"))
d.title("Đặng Minh Khôi", PO("Đại sứ Việt Nam tại Trung Quốc"))
d.title("Vương Gia Thụy", PO(
    "Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc",
    "Phó Chủ tịch Chính hiệp Trung Quốc",
    org=O("Hội nghị Hiệp thương chính trị nhân dân toàn quốc Trung Quốc", "Chính hiệp Trung Quốc")))

# ---------------------------------------------------------------- 22255845
# WEF ASEAN 2017 in Phnom Penh; sessions "Chiều 12/5", "hôm nay (12/5)".
d = Doc("22255845")
wef = E("Hội nghị WEF ASEAN lần thứ 26",
        "Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN) năm 2017",
        "Diễn đàn Kinh tế thế giới về ASEAN năm 2017", "Hội nghị WEF ASEAN 2017",
        "Hội nghị WEF ASEAN")
bemac = E("Phiên bế mạc Hội nghị WEF ASEAN", "phiên bế mạc Hội nghị WEF ASEAN 2017")
bangiao = E("Lễ bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018 cho Việt Nam",
            "Lễ bàn giao vai trò chủ nhà Hội nghị WEF ASEAN")
thaoluan = E('Phiên thảo luận "Đầu tư cơ sở hạ tầng thông minh"',
             "Phiên thảo luận “Đầu tư cơ sở hạ tầng thông minh”")
wef18 = E("Hội nghị WEF ASEAN năm 2018", "Hội nghị WEF-ASEAN 2018",
          "Hội nghị WEF ASEAN tại Việt Nam vào năm 2018", "Hội nghị WEF ASEAN")
for e in (wef, bemac, bangiao, thaoluan):
    d.rel("Nguyễn Xuân Phúc", "attends", e)
d.rel(wef, "held_in", L("Phnom Penh"))
d.rel(bemac, "held_on", "2017-05-12")
d.rel(bangiao, "held_on", "2017-05-12")
d.rel(thaoluan, "held_on", "2017-05-12")
d.rel(wef18, "held_in", L("Việt Nam"))
d.title("Nguyễn Xuân Phúc", TTG)
d.title("Hun Sen", PO("Thủ tướng Campuchia"))

# ---------------------------------------------------------------- 22267185
# Hội nghị thành lập công đoàn cơ sở, "ngày 11/5" (11/5/2017 in the lead).
d = Doc("22267185")
hn = E("Hội nghị thành lập công đoàn cơ sở Công ty cổ phần Hợp tác JA Việt",
       "Hội nghị thành lập công đoàn cơ sở Công ty cổ phần Hợp tác JA Việt ngày 11/5")
d.rel(hn, "held_on", "2017-05-11")
for p in ["Phạm Bá Vĩnh", "Nguyễn Bá Châu", "Phan Thị Thu Hằng"]:
    d.rel(p, "attends", hn)
ldhn = O("Liên đoàn Lao động Thành phố Hà Nội", "LĐLĐ Thành phố Hà Nội")
d.title("Phạm Bá Vĩnh", PO("Phó Chủ tịch Liên đoàn Lao động Thành phố Hà Nội",
                           "Phó Chủ tịch LĐLĐ Thành phố Hà Nội", "Phó Chủ tịch", org=ldhn))
d.title("Nguyễn Bá Châu", PO("Chánh văn phòng Liên đoàn Lao động Thành phố Hà Nội",
                             "Chánh văn phòng LĐLĐ Thành phố Hà Nội", org=ldhn))
d.title("Phan Thị Thu Hằng", PO("Chủ tịch Liên đoàn Lao động quận Long Biên",
                                "Chủ tịch LĐLĐ quận Long Biên",
                                org=O("Liên đoàn Lao động quận Long Biên", "LĐLĐ quận Long Biên")))
d.title("Nguyễn Văn Điệp", PO("Ủy viên Ban Chấp hành Công đoàn",
                              org=O("Ban Chấp hành Công đoàn", "Ban Chấp hành Công đoàn lâm thời",
                                    "Ban Chấp hành Công đoàn cơ sở lâm thời")))

# ---------------------------------------------------------------- 22321375
# Ho Chi Minh's birthday abroad: Nakhon Phanom and Praha, both "sáng 19/5".
d = Doc("22321375")
nghile = E("nghi lễ dâng hương và trồng cây",
           "nghi lễ dâng hương và trồng cây tại Khu Tưởng niệm Bác Hồ ở Bản Nà Chọc")
thn = O("Tổng Hội người Việt")
d.rel(thn, "organizes", nghile)
d.rel(nghile, "held_in", L("Nakhon Phanom", "tỉnh Nakhon Phanom"))
d.rel(nghile, "held_on", "2017-05-19")
nam = P("Vũ Hồng Nam", "Nguyễn Hồng Nam")
for p in [nam, P("Nguyễn Tất Thành"), P("Prachuop Chayasan"),
          O("Ban chấp hành Tổng hội Người Việt toàn Thái", "Tổng hội Người Việt toàn Thái")]:
    d.rel(p, "attends", nghile)
praha = E("lễ kỷ niệm lần thứ 127 Ngày sinh Chủ tịch Hồ Chí Minh",
          "Lễ kỷ niệm")
dsq = O("Đại sứ quán Việt Nam ở thủ đô Praha, Cộng hòa Séc", "Đại sứ quán Việt Nam ở thủ đô Praha",
        "Đại sứ quán Việt Nam")
d.rel(dsq, "organizes", praha)
d.rel(praha, "held_in", L("Praha"))
d.rel(praha, "held_on", "2017-05-19")
d.title(nam, PO("Thứ trưởng Bộ Ngoại giao", "Thứ trưởng", org=O("Bộ Ngoại giao")))
d.title(nam, PO("Chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài",
                "Chủ nhiệm UB về người Việt Nam ở nước ngoài",
                org=O("Ủy ban về người Việt Nam ở nước ngoài",
                      "UB về người Việt Nam ở nước ngoài")))
d.title("Nguyễn Tất Thành", PO("Đại sứ Việt Nam tại Thái Lan"))
d.title("Prachuop Chayasan", PO("Chủ tịch Hội Hữu nghị Thái Việt",
                                org=O("Hội Hữu nghị Thái Việt")))
d.title("Hồ Minh Tuấn", PO(
    "Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam tại Cộng hòa Séc",
    "Đại sứ"))
d.title("Hồ Chí Minh", HCM_CT)

# ---------------------------------------------------------------- 22321665
# Lễ trao giải Doanh nhân trẻ khởi nghiệp xuất sắc, "Tối 19/5, tại Hà Nội" (2017).
d = Doc("22321665")
le = E("Lễ trao giải danh hiệu Doanh nhân trẻ khởi nghiệp xuất sắc năm 2017",
       "lễ trao giải danh hiệu Doanh nhân trẻ khởi nghiệp xuất sắc năm 2017 cho 100 doanh nhân",
       "Lễ trao giải")
lhtn = O("Trung ương Hội Liên hiệp Thanh niên Việt Nam", "T.Ư Hội LHTN Việt Nam",
         "T.Ư Hội Liên hiệp Thanh niên Việt Nam", "Hội Liên hiệp Thanh niên Việt Nam")
dnt = O("Trung ương Hội Doanh nhân trẻ Việt Nam", "T.Ư Hội Doanh nhân trẻ Việt Nam",
        "Hội Doanh nhân trẻ Việt Nam")
d.rel(lhtn, "organizes", le)
d.rel(dnt, "organizes", le)
d.rel(le, "held_in", L("Hà Nội"))
d.rel(le, "held_on", "2017-05-19")
for p in ["Trương Thị Mai", "Hoàng Bình Quân", "Lê Quốc Phong"]:
    d.rel(p, "attends", le)
d.title("Trương Thị Mai", UVBCT)
d.title("Trương Thị Mai", BTTW)
d.title("Trương Thị Mai", PO("Trưởng ban Dân vận Trung ương", "Trưởng ban Dân vận T.Ư",
                             org=O("Ban Dân vận Trung ương", "Ban Dân vận T.Ư")))
d.title("Hoàng Bình Quân", PO("Trưởng Ban Đối ngoại Trung ương", "Trưởng ban Đối ngoại T.Ư",
                              org=O("Ban Đối ngoại Trung ương", "Ban Đối ngoại T.Ư")))
d.title("Lê Quốc Phong", PO("Bí thư thứ nhất Trung ương Đoàn", "Bí thư thứ nhất T.Ư Đoàn",
                            org=O("Trung ương Đoàn", "T.Ư Đoàn")))

# ---------------------------------------------------------------- 22329405
# Chương trình "Vinh quang Việt Nam", "Tối 20-5, tại Hà Nội" (2017).
d = Doc("22329405")
ct = E('Chương trình "Vinh quang Việt Nam - Dấu ấn 30 năm đổi mới"',
       "Vinh quang Việt Nam - Dấu ấn 30 năm đổi mới")
hdbc = O("Hội đồng bình chọn cấp Trung ương", "Hội đồng bình chọn cấp T.Ư", "Hội đồng bình chọn")
tld = O("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam",
        "Tổng LĐLĐ Việt Nam")
d.rel(hdbc, "organizes", ct)
d.rel(tld, "organizes", ct)
d.rel(ct, "held_in", L("Hà Nội"))
d.rel(ct, "held_on", "2017-05-20")
for p in ["Nguyễn Xuân Phúc", "Trần Quốc Vượng", "Uông Chu Lưu", "Phan Đình Trạc",
          "Bùi Văn Cường", "Trần Thanh Mẫn"]:
    d.rel(p, "attends", ct)
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Trần Quốc Vượng", UVBCT)
d.title("Trần Quốc Vượng", BTTW)
d.title("Trần Quốc Vượng", PO("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Chủ nhiệm Ủy ban Kiểm tra T.Ư",
                              org=O("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra T.Ư")))
for p in ["Uông Chu Lưu", "Phan Đình Trạc", "Bùi Văn Cường", "Trần Thanh Mẫn"]:
    d.title(p, UVTW)
d.title("Uông Chu Lưu", PO("Phó Chủ tịch Quốc hội", org=O("Quốc hội")))
d.title("Phan Đình Trạc", PO("Trưởng Ban Nội chính Trung ương", "Trưởng Ban Nội chính T.Ư",
                             org=O("Ban Nội chính Trung ương", "Ban Nội chính T.Ư")))
d.title("Bùi Văn Cường", PO("Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Tổng LĐLĐ Việt Nam",
                            org=tld))
mttq = O(MTTQ, "Ủy ban T.Ư MTTQ Việt Nam")
d.title("Trần Thanh Mẫn", PO("Phó Chủ tịch " + MTTQ, "Phó Chủ tịch", org=mttq))
d.title("Trần Thanh Mẫn", PO("Tổng Thư ký " + MTTQ, "Tổng Thư ký Ủy ban T.Ư MTTQ Việt Nam", org=mttq))

# ---------------------------------------------------------------- 22334525
# President receives Russian minister; APEC 2017 summit in Đà Nẵng (planned).
d = Doc("22334525")
apec = E("Hội nghị cấp cao APEC 2017")
d.rel(apec, "held_in", L("Đà Nẵng"))
d.rel("Vladimir Putin", "attends", apec)
d.title("Trần Đại Quang", CTN)
d.title(P("Maxim Oreshkin", "Maksim Oreshkin"),
        PO("Bộ trưởng Bộ Phát triển Kinh tế Liên bang Nga",
           "Bộ trưởng Phát triển Kinh tế Liên bang Nga", "Bộ trưởng Phát triển Kinh tế Liên bang",
           "Bộ trưởng",
           org=O("Bộ Phát triển Kinh tế Liên bang Nga")))
d.title("Vladimir Putin", PO("Tổng thống Liên bang Nga", "Tổng thống"))

# ---------------------------------------------------------------- 22339075
# Opening of the 3rd session of the 14th National Assembly (no date in the text).
d = Doc("22339075")
km = E("Lễ khai mạc Kỳ họp thứ ba, Quốc hội khóa XIV",
       "lễ khai mạc Kỳ họp lần thứ 3, Quốc hội khóa XIV",
       "Lễ khai mạc kỳ họp thứ 3 Quốc hội khóa XIV", "phiên khai mạc", "Lễ khai mạc")
d.rel(km, "held_in", L("Hà Nội", "Thủ đô Hà Nội"))
d.rel("Nguyễn Xuân Phúc", "attends", km)
d.rel("Đặng Thị Ngọc Thịnh", "attends", km)
d.title("Nguyễn Thị Kim Ngân", CTQH)
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Đặng Thị Ngọc Thịnh", PCTN)
d.title("Trần Đại Quang", CTN)
d.title("Nguyễn Thiện Nhân", UVBCT)
d.title("Nguyễn Thiện Nhân", ct_mttq())
d.title("Nguyễn Thiện Nhân", PO("Bí thư Thành ủy Thành phố Hồ Chí Minh",
                                org=O("Thành ủy Thành phố Hồ Chí Minh")))
d.title("Trương Hòa Bình", PO("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực",
                              org=O("Chính phủ")))

# ---------------------------------------------------------------- 22371735
# President receives the Korean envoy; APEC 2017 in Đà Nẵng (Moon "sẽ tham dự").
d = Doc("22371735")
apec = E("Hội nghị cấp cao APEC 2017", "Tuần lễ cấp cao APEC 2017")
d.rel(apec, "held_in", L("Đà Nẵng"))
d.rel("Moon Jae-in", "attends", apec)
d.title("Trần Đại Quang", CTN)
d.title(P("Park Won-soon", "Park Won soon"),
        PO("Đặc phái viên của Tổng thống Hàn Quốc", "Đặc phái viên"))
d.title("Moon Jae-in", PO("Tổng thống Hàn Quốc", "Tổng thống"))

# ---------------------------------------------------------------- 22453475
# PM arrives in Tokyo; attends the 23rd Future of Asia conference in Tokyo.
d = Doc("22453475")
tl = E("Hội nghị Tương lai Châu Á lần thứ 23", "hội nghị Tương lai Châu Á")
d.rel("Nguyễn Xuân Phúc", "attends", tl)
d.rel(tl, "held_in", L("Tokyo", "thủ đô Tokyo"))
d.title("Nguyễn Xuân Phúc", TTG)
d.title("Shinzo Abe", PO("Thủ tướng Nhật Bản"))
d.title("Kumio Umeda", PO("Đại sứ Nhật Bản tại Việt Nam"))
d.title("Kiyoshi Odawara", PO("Nghị sỹ"))
d.title("Kiyoshi Odawara", PO("Thứ trưởng Bộ Ngoại giao Nhật Bản", org=O("Bộ Ngoại giao Nhật Bản")))
d.title("Nguyễn Quốc Cường", PO("Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật Bản"))

# ---------------------------------------------------------------- 22503495
# Lễ tuyên dương điển hình tiên tiến toàn quốc năm 2017, "Ngày 10/6".
d = Doc("22503495")
le = E("Lễ tuyên dương điển hình tiên tiến toàn quốc năm 2017", "lễ tuyên dương")
hdtd = O("Hội đồng Thi đua - Khen thưởng Trung ương")
d.rel(hdtd, "organizes", le)
d.rel(le, "held_on", "2017-06-10")
for p in ["Nguyễn Phú Trọng", "Trần Đại Quang", "Nguyễn Xuân Phúc", "Nguyễn Thị Kim Ngân",
          "Đặng Ái Việt"]:
    d.rel(p, "attends", le)
d.title("Nguyễn Phú Trọng", TBT)
d.title("Trần Đại Quang", CTN)
d.title("Nguyễn Xuân Phúc", TTG)
d.title("Nguyễn Xuân Phúc", PO("Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương", org=hdtd))
d.title("Nguyễn Thị Kim Ngân", CTQH)

# ---------------------------------------------------------------- 22532125
# Cuban National Assembly delegation in Sơn La: titles only.
d = Doc("22532125")
lazo = P("Esteban Lazo Hernandez", "Esteban Lazo Hernández")
d.title(lazo, PO("Ủy viên Bộ Chính trị Đảng Cộng sản Cuba",
                 org=O("Bộ Chính trị Đảng Cộng sản Cuba")))
d.title(lazo, PO("Chủ tịch Quốc hội Cuba", "Chủ tịch Quốc hội", org=O("Quốc hội Cuba")))
d.title("Hoàng Văn Chất", PO("Bí thư Tỉnh ủy Sơn La", "Bí thư Tỉnh ủy", org=O("Tỉnh ủy Sơn La")))
d.title("Hồ Chí Minh", HCM_CT)

# ---------------------------------------------------------------- 22557455
# Chinese military delegation; border friendship exchange "Từ 20 - 22/6" (planned).
d = Doc("22557455")
ledon = E("lễ đón đoàn đại biểu quân sự cấp cao Trung Quốc", "lễ đón")
d.rel("Ngô Xuân Lịch", "chairs", ledon)
gl = E("giao lưu hữu nghị quốc phòng biên giới Việt-Trung lần thứ 4",
       "các hoạt động giao lưu hữu nghị quốc phòng biên giới Việt-Trung lần thứ 4")
d.rel("Ngô Xuân Lịch", "chairs", gl)
d.rel("Phạm Trường Long", "chairs", gl)
d.rel(gl, "held_on", "2017-06-20")
d.rel(gl, "held_in", L("Lai Châu", "tỉnh Lai Châu"))
d.rel(gl, "held_in", L("Vân Nam", "tỉnh Vân Nam"))
d.title("Ngô Xuân Lịch", PO("Bộ trưởng Quốc phòng Việt Nam", "Bộ trưởng", "Bộ trưởng Bộ Quốc phòng",
                            org=O("Bộ Quốc phòng", "Bộ Quốc phòng Việt Nam")))
d.title("Phạm Trường Long", PO("Phó Chủ tịch Quân ủy Trung ương Trung Quốc",
                               "Phó chủ tịch Quân ủy TƯ Trung Quốc", "Phó Chủ tịch Quân ủy TQ",
                               org=O("Quân ủy Trung ương Trung Quốc", "Quân ủy TƯ Trung Quốc",
                                     "Quân ủy TQ")))
d.title("Nguyễn Phú Trọng", PO("Tổng Bí thư"))
d.title("Trần Đại Quang", CTN)
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Hồ Chí Minh", HCM_CT)

# ---------------------------------------------------------------- 22565385
# Ministry of Finance press day, "Ngày 19/6/2017". Awards go to unnamed collectives.
d = Doc("22565385")
le = E("Lễ kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam",
       "Lễ kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam của Bộ Tài chính")
btc = O("Bộ Tài chính")
d.rel(btc, "organizes", le)
d.rel(le, "held_on", "2017-06-19")
d.rel("Vũ Thị Mai", "attends", le)
d.rel("Hồ Quang Lợi", "attends", le)
d.title("Vũ Thị Mai", PO("Ủy viên Ban cán sự Đảng Bộ Tài chính",
                         org=O("Ban cán sự Đảng Bộ Tài chính")))
d.title("Vũ Thị Mai", PO("Thứ trưởng Bộ Tài chính", "Thứ trưởng", org=btc))
d.title("Vũ Thị Mai", PO("Người phát ngôn của Bộ Tài chính", "Người phát ngôn Bộ Tài chính", org=btc))
hnb = O("Hội Nhà báo Việt Nam")
d.title("Hồ Quang Lợi", PO("Phó Chủ tịch thường trực Hội Nhà báo Việt Nam", org=hnb))
lch = O("Liên Chi hội Nhà báo ngành Tài chính")
d.title("Phạm Thu Phong", PO("Phó Chủ tịch Liên Chi hội Nhà báo ngành Tài chính", org=lch))
d.title("Phạm Thu Phong", PO("Tổng Biên tập Tạp chí Tài chính", org=O("Tạp chí Tài chính")))
d.title("Ngô Chí Tùng", PO("Chủ tịch Liên Chi hội Nhà báo ngành Tài chính", org=lch))

# ---------------------------------------------------------------- 22573685
# Party badge ceremony at the Government Office, "Chiều 20/6" (2017: 2012-2016 awards).
d = Doc("22573685")
le = E("Lễ trao tặng Huy hiệu Đảng, Huân chương Độc lập và Bằng khen của Đảng ủy Khối các cơ quan Trung ương cho các Đảng viên của Đảng bộ",
       "Lễ trao tặng Huy hiệu Đảng", "buổi lễ trao tặng Huy hiệu Đảng",
       "Lễ trao tặng Huy hiệu Đảng, Huân chương Độc lập và Bằng khen")
dubvp = O("Đảng ủy Văn phòng Chính phủ")
dukhoi = O("Đảng ủy Khối các cơ quan Trung ương")
d.rel(dubvp, "organizes", le)
d.rel(dukhoi, "organizes", le)
d.rel(le, "held_on", "2017-06-20")
for p in ["Nguyễn Xuân Phúc", "Trương Hòa Bình", "Phạm Bình Minh", "Vương Đình Huệ",
          "Lương Cường", "Vũ Đức Đam", "Nguyễn Văn Thành", "Nguyễn Quang Dương"]:
    d.rel(p, "attends", le)
for p in ["Nguyễn Xuân Phúc", "Trương Hòa Bình", "Phạm Bình Minh", "Vương Đình Huệ"]:
    d.title(p, UVBCT)
d.title("Nguyễn Xuân Phúc", TTG)
for p in ["Trương Hòa Bình", "Phạm Bình Minh", "Vương Đình Huệ", "Vũ Đức Đam"]:
    d.title(p, PTTG)
d.title("Lương Cường", BTTW)
d.title("Lương Cường", PO("Ủy viên Thường vụ Quân ủy Trung ương", org=O("Quân ủy Trung ương")))
d.title("Lương Cường", PO("Chủ nhiệm Tổng cục Chính trị Quân đội Nhân dân Việt Nam",
                          org=O("Tổng cục Chính trị Quân đội Nhân dân Việt Nam")))
for p in ["Vũ Đức Đam", "Nguyễn Văn Thành", "Nguyễn Quang Dương"]:
    d.title(p, UVTW)
d.title("Nguyễn Văn Thành", PO("Ủy viên Thường vụ Đảng ủy Công an Trung ương",
                               org=O("Đảng ủy Công an Trung ương")))
d.title("Nguyễn Văn Thành", PO("Thứ trưởng Bộ Công an", org=O("Bộ Công an")))
d.title("Nguyễn Quang Dương", PO("Bí thư Đảng ủy Khối các cơ quan Trung ương", org=dukhoi))
# former leaders ("nguyên ...")
d.title("Nguyễn Tấn Dũng", UVBCT, former=True)
d.title("Nguyễn Tấn Dũng", TTG, former=True)
d.title("Nguyễn Văn Trân", BTTW, former=True)
d.title("Nguyễn Côn", BTTW, former=True)
d.title("Nguyễn Côn", PTTG, former=True)
d.title("Nguyễn Côn", PO("Trưởng Ban Kinh tế Trung ương", org=O("Ban Kinh tế Trung ương")), former=True)
vpcp = O("Văn phòng Chính phủ")
d.title("Trần Quốc Toản", PO("Phó Chủ nhiệm Văn phòng Chính phủ", org=vpcp), former=True)
d.title("Đoàn Mạnh Giao", PO("Bộ trưởng"), former=True)
d.title("Đoàn Mạnh Giao", PO("Chủ nhiệm Văn phòng Chính phủ", org=vpcp), former=True)
d.title("Vũ Văn Ninh", PTTG, former=True)
# awards
for p in ["Nguyễn Văn Trân", "Nguyễn Tấn Dũng", "Vũ Văn Ninh", "Đoàn Mạnh Giao", "Trần Quốc Toản"]:
    d.rel("Nguyễn Xuân Phúc", "awards", p)
d.rel(O("Văn phòng Chính phủ", "Lãnh đạo Văn phòng Chính phủ"), "awards", "Nguyễn Côn")
d.rel(dukhoi, "awards", "Vương Đình Huệ")
hh = lambda n: A(f"Huy hiệu {n} năm tuổi Đảng", "Huy hiệu Đảng")
d.rel("Nguyễn Văn Trân", "received_award", hh(80))
d.rel("Nguyễn Côn", "received_award", hh(80))
d.rel("Nguyễn Tấn Dũng", "received_award", A("Huy hiệu 45 năm tuổi Đảng", "Huy hiệu 45 năm và 50 năm tuổi Đảng", "Huy hiệu Đảng"))
d.rel("Nguyễn Tấn Dũng", "received_award", A("Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 45 năm và 50 năm tuổi Đảng", "Huy hiệu Đảng"))
d.rel("Trần Quốc Toản", "received_award", hh(50))
d.rel("Đoàn Mạnh Giao", "received_award", hh(45))
d.rel("Vũ Văn Ninh", "received_award", hh(30))
d.rel("Vũ Văn Ninh", "received_award", A("Huân chương Độc lập hạng Nhất", "Huân chương Độc lập"))
d.rel("Vương Đình Huệ", "received_award",
      A("Bằng khen của Đảng ủy Khối các cơ quan Trung ương", "Bằng khen"))

# ---------------------------------------------------------------- 22580665
# Hội nghị Đoàn Chủ tịch UBTW MTTQ lần thứ XII, "chiều 21/6, tại Hà Nội" (2017 per text).
d = Doc("22580665")
hn = E("Hội nghị Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lần thứ XII",
       "Hội nghị Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam lần thứ XII (khóa VIII)",
       "Hội nghị Đoàn chủ tịch Ủy ban Trung ương MTTQ Việt Nam lần thứ 12 (Khóa VIII)",
       "Hội nghị Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lần thứ XII (khóa VIII)")
d.rel(hn, "held_on", "2017-06-21")
d.rel(hn, "held_in", L("Hà Nội"))
d.rel("Nguyễn Thiện Nhân", "attends", hn)
d.rel("Trương Thị Mai", "attends", hn)
hn7 = E("Hội nghị lần thứ 7 Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (khóa VIII)",
        "Hội nghị lần thứ 7 Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
d.rel(hn7, "held_on", "2017-06-22")
d.title("Nguyễn Thiện Nhân", UVBCT)
d.title("Nguyễn Thiện Nhân", ct_mttq("Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"))
d.title("Nguyễn Thiện Nhân", PO("Bí thư Thành ủy Thành phố Hồ Chí Minh",
                                org=O("Thành ủy Thành phố Hồ Chí Minh")))
d.title("Trương Thị Mai", UVBCT)
d.title("Trương Thị Mai", PO("Bí thư Trung ương Đảng", org=O("Ban Chấp hành Trung ương Đảng", *BCHTW_ALT)))
d.title("Trương Thị Mai", PO("Trưởng ban Dân vận Trung ương", org=O("Ban Dân vận Trung ương")))
d.title("Trần Thanh Mẫn", PO("Phó Chủ tịch", "Phó Chủ tịch " + MTTQ))
d.title("Trần Thanh Mẫn", PO("Tổng Thư ký", "Tổng Thư ký " + MTTQ))

# ---------------------------------------------------------------- 22616285
# Cambodian NA President's visit, 23-26/6/2017.
d = Doc("22616285")
hs = "Heng Samrin"
lk = E("Lễ kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao Việt Nam-Campuchia",
       "Lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam-Campuchia")
hn = E("Hội nghị Chủ tịch Mặt trận Tổ quốc ba nước Việt Nam-Lào-Campuchia lần thứ 3 năm 2017",
       "Hội nghị Chủ tịch Mặt trận Tổ quốc ba nước Việt Nam-Lào-Campuchia lần thứ 3")
d.rel(hs, "attends", lk)
d.rel(hs, "attends", hn)
d.title(hs, PO("Chủ tịch Quốc hội Vương quốc Campuchia", "Chủ tịch Quốc hội Campuchia",
               org=O("Quốc hội Vương quốc Campuchia", "Quốc hội Campuchia")))
d.title("Nguyễn Thị Kim Ngân", PO("Chủ tịch Quốc hội Việt Nam", "Chủ tịch Quốc hội",
                                  org=O("Quốc hội Việt Nam", "Quốc hội")))
d.title("Nguyễn Phú Trọng", TBT)
d.title("Trần Đại Quang", CTN)
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Hoàng Trung Hải", PO("Bí thư Thành ủy Hà Nội", org=O("Thành ủy Hà Nội")))

# ---------------------------------------------------------------- 22642495
# ASEAN Regional Forum Security Policy Conference, "Ngày 29/6, tại ... Manila".
d = Doc("22642495")
aspc = E("Hội nghị Chính sách An ninh Diễn đàn khu vực ASEAN",
         "Hội nghị Chính sách An ninh Diễn đàn khu vực ASEAN (ASPC)",
         "Hội nghị Chính sách an ninh diễn đàn khu vực ASEAN", "Hội nghị ASPC14",
         "Hội nghị ASPC 14", "ASPC")
d.rel(aspc, "held_in", L("Manila", "thủ đô Manila"))
d.rel(aspc, "held_on", "2017-06-29")
d.rel("Phạm Ngọc Minh", "attends", aspc)
d.rel(O("Việt Nam", "Đoàn Việt Nam"), "attends", aspc)
d.title("Phạm Ngọc Minh", PO("Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam",
                             "Phó Tổng tham mưu trưởng QĐND Việt Nam",
                             org=O("Quân đội nhân dân Việt Nam", "QĐND Việt Nam")))

# ---------------------------------------------------------------- 22684895
# Secretariat inspection team in Hưng Yên ("buổi làm việc" is no named event).
d = Doc("22684895")
d.title("Võ Văn Thưởng", UVBCT)
d.title("Võ Văn Thưởng", PO("Bí thư Trung ương Đảng",
                            org=O("Ban Chấp hành Trung ương Đảng", *BCHTW_ALT)))
d.title("Võ Văn Thưởng", PO("Trưởng ban Tuyên giáo Trung ương", org=O("Ban Tuyên giáo Trung ương")))
d.title("Đỗ Tiến Sỹ", PO("Bí thư Tỉnh ủy Hưng Yên", org=O("Tỉnh ủy Hưng Yên")))

# ---------------------------------------------------------------- 22703225
# UN Chiefs of Defence conference, New York, "Trong hai ngày 6-7/7" (2017).
d = Doc("22703225")
hn = E("Hội nghị Tư lệnh lực lượng quốc phòng về gìn giữ hòa bình Liên hợp quốc",
       "Hội nghị Tư lệnh lực lượng quốc phòng về gìn giữ hòa bình")
lhq = O("Liên hợp quốc")
d.rel(lhq, "organizes", hn)
d.rel(hn, "held_in", L("New York", "thành phố New York"))
d.rel(hn, "held_on", "2017-07-06")
d.rel("Phạm Ngọc Minh", "attends", hn)
d.rel(O("Việt Nam", "Đoàn Việt Nam"), "attends", hn)
for o in ["NATO", "EU", "AU"]:
    d.rel(O(o), "attends", hn)
d.title("Phạm Ngọc Minh", PO("Phó Tổng tham mưu trưởng Quân đội Nhân dân Việt Nam",
                             org=O("Quân đội Nhân dân Việt Nam")))
d.title("Phạm Ngọc Minh", PO(
    "Phó Ban chỉ đạo Bộ Quốc phòng về tham gia hoạt động gìn giữ hòa bình Liên hợp quốc",
    org=O("Ban chỉ đạo Bộ Quốc phòng về tham gia hoạt động gìn giữ hòa bình Liên hợp quốc")))
d.title("Jean Pierre Lacroix", PO("Phó Tổng Thư ký Liên hợp quốc", org=lhq))
d.title("Chris Deverell", PO("Tư lệnh Bộ chỉ huy liên quân",
                             "Tư lệnh Bộ chỉ huy liên quân, Quân đội Hoàng gia Anh",
                             org=O("Bộ chỉ huy liên quân")))

# ---------------------------------------------------------------- 22707715
# Union congress, "Ngày 7/7" (term 2017-2022).
d = Doc("22707715")
dh = E("Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017- 2022",
       "Đại hội công đoàn cơ quan Dân, Đảng quận Long Biên lần V nhiệm kỳ 2017-2022",
       "Đại hội công đoàn cơ quan Dân, Đảng quận Long Biên")
d.rel(O("Công đoàn cơ quan Dân, Đảng quận Long Biên"), "organizes", dh)
d.rel(dh, "held_on", "2017-07-07")

# ---------------------------------------------------------------- 22750605
# Hội nghị NTM, "Sáng nay (14/7), tại Nghệ An" (2017).
d = Doc("22750605")
hn = E("Hội nghị Triển khai chương trình Khoa học & Công nghệ phục vụ xây dựng NTM giai đoạn 2016-2020",
       "Hội nghị Triển khai chương trình Khoa học & Công nghệ phục vụ xây dựng NTM")
bnn = O("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT")
ubna = O("Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh Nghệ An")
d.rel(bnn, "organizes", hn)
d.rel(ubna, "organizes", hn)
d.rel(hn, "held_in", L("Nghệ An"))
d.rel(hn, "held_on", "2017-07-14")
for p in ["Trần Thanh Nam", "Nguyễn Minh Tiến", "Nguyễn Tuấn Anh"]:
    d.rel(p, "attends", hn)
d.rel(O("Vụ Khoa học, Công nghệ và Môi trường", "Vụ KH, Công nghệ và Môi trường",
        "Vụ KH, Công nghệ và Môi trường-Bộ NN&PTNT"), "attends", hn)
d.title("Đinh Viết Hồng", PO("Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", "Phó Chủ tịch UBND tỉnh Nghệ An",
                             org=ubna))
d.title("Trần Thanh Nam", PO("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "Thứ trưởng Bộ NN&PTNT",
                             org=bnn))
d.title("Trần Thanh Nam", PO(
    "Ủy viên thường trực Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia",
    "UV thường trực Ban Chỉ đạo Trung ương các chương trình MTQG",
    "UV thường trực Ban Chỉ đạo Trung ương các chương trình MTQG giai đoanh 2016-2020",
    org=O("Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia",
          "Ban Chỉ đạo Trung ương các chương trình MTQG")))
d.title("Nguyễn Minh Tiến", PO("Cục trưởng"))
d.title("Nguyễn Minh Tiến", PO("Chánh Văn phòng điều phối NTM Trung ương",
                               "Chánh Văn phòng điều phối nông thôn mới Trung ương",
                               org=O("Văn phòng điều phối NTM Trung ương",
                                     "Văn phòng điều phối nông thôn mới Trung ương")))
d.title("Nguyễn Tuấn Anh", PO("Chủ nhiệm chương trình"))
