# Hand annotations of the held-out set, one block per article (executed by annotate.py).
# d.title(person, position[, former=True]) -> holds_title (+ position_of)
# d.rel(subject, relation, object)
# Conventions are those of ../devgold/README.md; each block says how its dates were read.
# All articles are from the 2017 crawl: a day and month without a year take 2017.

# ---------------------------------------------------------------- 21510605
# PM receives the Party Secretary of Guangxi, "Chiều tối 10/2, tại Quảng Ninh": that date and
# place are the reception's, not the Gặp gỡ đầu xuân's, so that event gets neither.
# CAEXPO 13 is "tháng 9/2016" (no day): no held_on. CAEXPO 14 is an invitation only.
d = Doc("21510605")
gg = E("Gặp gỡ đầu xuân lần thứ hai với Bí thư Tỉnh ủy các tỉnh Quảng Ninh, Lạng Sơn, Hà Giang, Cao Bằng",
       "sự kiện Gặp gỡ đầu xuân lần thứ hai", "Gặp gỡ đầu xuân lần thứ hai", "cuộc Gặp gỡ đầu xuân")
d.rel("Bành Thanh Hoa", "attends", gg)
caexpo = E("Hội chợ Trung Quốc – ASEAN (CAEXPO) lần thứ 13", "Hội chợ Trung Quốc-ASEAN lần thứ 13",
           "Hội chợ Trung Quốc – ASEAN lần thứ 13", "CAEXPO lần thứ 13")
d.rel("Nguyễn Xuân Phúc", "attends", caexpo)  # "đã dẫn đầu đoàn đại biểu Việt Nam ... tham dự"
d.title("Nguyễn Xuân Phúc", TTG_BARE)
khuuy = O("Khu ủy Khu tự trị dân tộc Choang Quảng Tây", "Khu ủy Khu tự trị dân tộc Choang-Quảng Tây",
          "Khu ủy Quảng Tây")
d.title("Bành Thanh Hoa", PO("Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây",
                             "Bí thư Khu ủy Khu tự trị dân tộc Choang-Quảng Tây",
                             "Bí thư Khu ủy Quảng Tây", org=khuuy))
d.title("Nguyễn Phú Trọng", TBT)

# ---------------------------------------------------------------- 22296405
# APEC SOM2, "Sáng 17/5, tại Hà Nội" ("Trong hai ngày từ 17-18/5"). The Leaders' Week is
# "tháng 11/2017 tại thành phố Đà Nẵng": place, no day.
d = Doc("22296405")
som2 = E("Hội nghị lần thứ hai các quan chức cao cấp (SOM2) Diễn đàn hợp tác kinh tế châu Á-Thái Bình Dương (APEC)",
         "Hội nghị lần thứ hai các quan chức cao cấp APEC", "Hội nghị lần thứ hai các quan chức cao cấp",
         "Hội nghị SOM2")
d.rel(som2, "held_in", L("Hà Nội"))
d.rel(som2, "held_on", "2017-05-17")
tlcc = E("Tuần lễ cấp cao APEC", "Tuần lễ cấp cao APEC 2017", "Hội nghị cấp cao APEC 2017")
d.rel(tlcc, "held_in", L("Đà Nẵng", "thành phố Đà Nẵng"))
d.title("Bùi Thanh Sơn", PO("Thứ trưởng Thường trực Bộ Ngoại giao", "Thứ trưởng",
                            org=O("Bộ Ngoại giao")))
d.title("Bùi Thanh Sơn", PO("Chủ tịch SOM APEC 2017"))

# ---------------------------------------------------------------- 22299765
# Business dialogue conference, "Đầu giờ chiều 17.5 ... đã khép lại" (one-day, 2017 in name).
d = Doc("22299765")
hn = E("Hội nghị đối thoại với doanh nghiệp Việt Nam năm 2017")
d.rel("Nguyễn Xuân Phúc", "chairs", hn)
d.rel(hn, "held_on", "2017-05-17")
d.title("Nguyễn Xuân Phúc", TTG_BARE)

# ---------------------------------------------------------------- 22316715
# Obstetrics conference, "Ngày 18/5/2017 ... trong hai ngày 18-19/5/2017 tại Thành phố Hồ Chí Minh".
# "do Bệnh viện Từ Dũ tổ chức với sự hợp tác của X": X cooperates, it does not organize.
d = Doc("22316715")
hn = E("Hội nghị sản phụ khoa Việt - Pháp - Châu Á - Thái Bình Dương lần thứ 17",
       "Hội nghị sản phụ khoa Việt – Pháp – Châu Á – Thái Bình Dương lần thứ 17",
       "Hội nghị Sản phụ khoa Việt - Pháp - Châu Á - Thái Bình Dương")
d.rel(O("Bệnh viện Từ Dũ"), "organizes", hn)
d.rel(hn, "held_on", "2017-05-18")
d.rel(hn, "held_in", L("Thành phố Hồ Chí Minh"))

# ---------------------------------------------------------------- 22324745
# Ho Chi Minh's 127th birthday in India: "Sáng 19/5" in Hyderabad (AIPSO) and "Chiều 19/5"
# in Kolkata (IVSC). Two events; their places and organizers keep them apart.
d = Doc("22324745")
aipso = O("Tổ chức Hòa bình và Đoàn kết toàn Ấn Độ", "AIPSO",
          "Tổ chức Hòa bình và Đoàn kết toàn Ấn Độ (AIPSO)")
ivsc = O("Ủy ban đoàn kết Ấn Độ-Việt Nam bang Tây Bengal", "IVSC",
         "Ủy ban đoàn kết Ấn Độ-Việt Nam bang Tây Bengal (IVSC)")
hyd = E("lễ míttinh kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh",
        "lễ míttinh ở Hyderabad", "lễ míttinh trọng thể kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh")
kol = E("lễ mít tinh kỷ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh",
        "lễ míttinh kỉ niệm 127 năm ngày sinh Chủ tịch Hồ Chí Minh tổ chức tại Kolkata")
d.rel(aipso, "organizes", hyd)
d.rel(hyd, "held_on", "2017-05-19")
d.rel(hyd, "held_in", L("Hyderabad", "thủ phủ Hyderabad", "thành phố Hyderabad"))
srihari = P("Kadiyam Srihari", "K.Srihari")
reddy = P("K.Yadav Reddy")
for p in [srihari, reddy, P("Tôn Sinh Thành")]:
    d.rel(p, "attends", hyd)
d.rel(ivsc, "organizes", kol)
d.rel(kol, "held_on", "2017-05-19")
d.rel(kol, "held_in", L("Kolkata", "thành phố Kolkata"))
d.title(srihari, PO("Phó Thủ hiến", "Phó Thủ hiến bang Telangana"))
d.title(srihari, PO("Bộ trưởng giáo dục bang Telangana", "Bộ trưởng giáo dục bang Telegala"))
d.title(reddy, PO("Chủ tịch Tổ chức Hòa bình và Đoàn kết toàn Ấn Độ", "Chủ tịch AIPSO", org=aipso))
for p in ["B.Vinod", "Metla Jagan", "Thipparthi Yadaiah"]:
    d.title(p, PO("Tổng thư ký Tổ chức Hòa bình và Đoàn kết toàn Ấn Độ", "Tổng thư ký của AIPSO",
                  "Tổng thư ký AIPSO", org=aipso))
d.title("Tôn Sinh Thành", PO("Đại sứ Việt Nam tại Ấn Độ", "Đại sứ"))
d.title("Greetesh Sharma", PO("Chủ tịch Ủy ban đoàn kết Ấn Độ-Việt Nam bang Tây Bengal",
                              "Chủ tịch IVSC", org=ivsc))
d.title(P("Jawaharlal Nehru", "Jawarharlal Nerhu"), PO("Thủ tướng", "Thủ tướng đầu tiên của Ấn Độ"))
d.title("Narendra Modi", PO("Thủ tướng"))
d.title("Hồ Chí Minh", HCM_CT)

# ---------------------------------------------------------------- 22363715
# Ministry of Education welcomes the ISEF team, "Chiều 24/5"; ISEF itself "tại Los Angeles,
# California, Hoa Kỳ từ 13-19/5" (first day). Prizes: giải ba / giải tư of Intel ISEF 2017.
d = Doc("22363715")
bgd = O("Bộ Giáo dục và Đào tạo", "Bộ GD-ĐT", "Bộ GD&ĐT")
le = E("lễ đón và trao thưởng cho đoàn học sinh Việt Nam tham dự Hội thi Khoa học kỹ thuật quốc tế - Intel Isef 2017",
       "buổi lễ đón và trao thưởng cho đoàn học sinh Việt Nam", "buổi đón đoàn", "buổi lễ đón và trao thưởng")
isef = E("Hội thi Khoa học kỹ thuật quốc tế - Intel ISEF 2017", "Hội thi khoa học kĩ thuật quốc tế 2017 - Intel ISEF 2017",
         "Hội thi Khoa học kỹ thuật Quốc tế 2017", "Intel ISEF 2017", "Intel Isef 2017")
d.rel(bgd, "organizes", le)
d.rel(le, "held_on", "2017-05-24")
d.rel("Nguyễn Thị Nghĩa", "attends", le)  # "Có mặt tại buổi đón đoàn"
d.rel(isef, "held_in", L("Los Angeles", "Los Angeles, California"))
d.rel(isef, "held_on", "2017-05-13")
d.rel(O("Việt Nam", "đoàn học sinh Việt Nam"), "attends", isef)  # "Lần tham dự này, Việt Nam ..."
d.title("Nguyễn Thị Nghĩa", PO("Thứ trưởng Bộ Giáo dục và Đào tạo", "Thứ trưởng Bộ GD&ĐT",
                               "Thứ trưởng Bộ GD-ĐT", "Thứ trưởng", org=bgd))
d.title("Lê Trọng Hùng", PO("Trưởng đoàn Intel ISEF 2017"))
d.rel("Nguyễn Thị Nghĩa", "awards", "Phạm Huy")
d.rel("Phạm Huy", "received_award", A("Bằng khen"))
d.rel("Phạm Huy", "received_award", A("Giải ba Intel ISEF 2017", "giải ba"))
for p in ["Trần Đan Khuê", "Vũ Thị Nam Anh", "Đỗ Phương Mai", "Bùi Đỗ Minh Quân",
          "Phạm Thiên Tân", "Chử Hoàng Minh Đức", "Trần Thị Anh Thư"]:
    d.rel(p, "received_award", A("Giải tư Intel ISEF 2017", "giải tư"))

# ---------------------------------------------------------------- 22472805
# PM in Japan, day 3: lễ đón chính thức "Vào lúc 18h chiều 6/6 ... Thủ đô Tokyo".
# "Nhân chuyến thăm chính thức Nhật Bản và dự Hội nghị tương lai Châu Á lần thứ 23": attends,
# but no place or day is given for that conference (the "sáng 6/6, tại Tokyo" is a work session).
d = Doc("22472805")
tl = E("Hội nghị tương lai Châu Á lần thứ 23", "Hội nghị tương lai Châu Á")
d.rel("Nguyễn Xuân Phúc", "attends", tl)
ledon = E("Lễ đón chính thức Thủ tướng Chính phủ Nguyễn Xuân Phúc và Đoàn Cấp cao Việt Nam",
          "Lễ đón chính thức", "lễ đón")
d.rel("Shinzo Abe", "chairs", ledon)
d.rel(ledon, "held_on", "2017-06-06")
d.rel(ledon, "held_in", L("Tokyo", "Thủ đô Tokyo"))
d.title("Nguyễn Xuân Phúc", TTG)
d.title("Nguyễn Văn Bình", UVBCT)
d.title("Nguyễn Văn Bình", PO("Trưởng Ban Kinh tế Trung ương", org=O("Ban Kinh tế Trung ương")))
d.title("Shinzo Abe", PO("Thủ tướng Nhật Bản", "Thủ tướng"))
d.title("Date Chuichi", PO("Chủ tịch Thượng viện Nhật Bản", org=O("Thượng viện Nhật Bản")))
d.title("Yuji Kuroiwa", PO("Thống đốc tỉnh Kanagawa"))
d.title("Hideaki Omura", PO("Thống đốc tỉnh Aichi"))
d.title("Kazuo Ishii", PO("Chủ tịch Đảng Cộng sản Nhật Bản", org=O("Đảng Cộng sản Nhật Bản")))
d.title("Natsuo Yamaguchi", PO("Chủ tịch Đảng Công Minh", org=O("Đảng Công Minh")))
d.title("Murata Renho", PO("Chủ tịch Đảng Dân tiến của Nhật Bản", "Chủ tịch Đảng Dân tiến",
                           org=O("Đảng Dân tiến của Nhật Bản", "Đảng Dân tiến")))
d.title("Ryu Shionoya", PO("Chủ tịch Liên minh nghị sỹ Me Kong Nhật Bản",
                           org=O("Liên minh nghị sỹ Me Kong Nhật Bản")))
d.title("Mitarai Fijio", PO("Chủ tịch Tập đoàn Canon", org=O("Tập đoàn Canon")))

# ---------------------------------------------------------------- 22496325
# Quảng Bình provincial party review, "Ngày 9/6" (year: the rule dated 3/3/2016 is "1 năm" old).
d = Doc("22496325")
hn = E("Hội nghị sơ kết 1 năm triển khai thực hiện Quy định số 01",
       "sơ kết 1 năm triển khai thực hiện Quy định số 01")
d.rel(O("Ban Thường vụ Tỉnh ủy Quảng Bình"), "organizes", hn)
d.rel(hn, "held_on", "2017-06-09")
d.title("Hoàng Đăng Quang", UVTW)
d.title("Hoàng Đăng Quang", PO("Bí thư Tỉnh ủy Quảng Bình", org=O("Tỉnh ủy Quảng Bình")))

# ---------------------------------------------------------------- 22523455
# General Secretary receives the Cuban National Assembly President ("tiếp": no named event).
d = Doc("22523455")
lazo = P("Esteban Lazo Hernandes")
d.title("Nguyễn Phú Trọng", TBT)
d.title(lazo, PO("Ủy viên Bộ Chính trị Đảng Cộng sản Cuba", "Ủy viên Bộ Chính trị Đảng Cộng sản Cu-ba",
                 org=O("Bộ Chính trị Đảng Cộng sản Cuba", "Bộ Chính trị Đảng Cộng sản Cu-ba")))
d.title(lazo, PO("Chủ tịch Quốc hội nước Cộng hòa Cuba", "Chủ tịch Quốc hội Cộng hòa Cuba",
                 org=O("Quốc hội nước Cộng hòa Cuba", "Quốc hội Cộng hòa Cuba", "Quốc hội Cuba")))

# ---------------------------------------------------------------- 22544955
# AIIB annual meeting, "Ngày 16/6 ... đã khai mạc tại Trung tâm Hội nghị quốc gia ở đảo Jeju".
# Moon Jae-in speaks at it (not "dự"); the finance ministers who attend are of unnamed countries'
# groups ("hơn 20 bộ trưởng tài chính của 77 nước").
d = Doc("22544955")
hn = E("Hội nghị thường niên lần thứ 2 của Ngân hàng Đầu tư cơ sở hạ tầng châu Á",
       "Hội nghị thường niên lần thứ 2 của Ngân hàng Đầu tư cơ sở hạ tầng châu Á (AIIB)",
       "Hội nghị thường niên AIIB")
d.rel(hn, "held_on", "2017-06-16")
d.rel(hn, "held_in", L("Jeju", "đảo Jeju"))
d.title("Moon Jae-in", PO("Tổng thống Hàn Quốc"))

# ---------------------------------------------------------------- 22547055
# National Assembly bulletin no. 20: the plenary sitting of "Ngày 16/6" chaired by the NA
# President ("chủ trì phiên họp"); the vice-presidents only "điều hành nội dung".
d = Doc("22547055")
ph = E("phiên họp toàn thể", "phiên họp", "phiên toàn thể")
d.rel("Nguyễn Thị Kim Ngân", "chairs", ph)
d.rel(ph, "held_on", "2017-06-16")
qh = O("Quốc hội")
d.title("Nguyễn Thị Kim Ngân", CTQH)
for p in ["Phùng Quốc Hiển", "Uông Chu Lưu"]:
    d.title(p, PO("Phó Chủ tịch Quốc hội", org=qh))
d.title("Đinh Tiến Dũng", PO("Bộ trưởng Bộ Tài chính", org=O("Bộ Tài chính")))
d.title("Nguyễn Hòa Bình", PO("Chánh án Tòa án nhân dân tối cao", org=O("Tòa án nhân dân tối cao")))
d.title("Lê Thị Nga", PO("Chủ nhiệm Ủy ban Tư pháp của Quốc hội",
                         org=O("Ủy ban Tư pháp của Quốc hội", "Ủy ban Tư pháp")))
d.title("Phan Xuân Dũng", PO("Ủy viên Ủy ban Thường vụ Quốc hội",
                             org=O("Ủy ban Thường vụ Quốc hội")))
d.title("Phan Xuân Dũng", PO("Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
                             org=O("Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
                                   "Ủy ban Khoa học, Công nghệ và Môi trường")))
d.title("Phan Văn Sáu", PO("Tổng Thanh tra Chính phủ", org=O("Thanh tra Chính phủ")))

# ---------------------------------------------------------------- 22567375
# Consultation conference, "Chiều 19.6, tại Hà Nội" (2017: data "tính đến tháng 9.2016").
# The article writes "Phó thủ tướng" without "Chính phủ": bare position, no position_of.
d = Doc("22567375")
hn = E("Hội nghị lấy ý kiến các bộ, ngành, đại diện các hiệp hội ngành hàng, doanh nghiệp góp ý kiến dự thảo Nghị định chính sách khuyến khích đầu tư vào nông nghiệp, nông thôn",
       "hội nghị lấy ý kiến các bộ, ngành, đại diện các hiệp hội ngành hàng, doanh nghiệp (DN) góp ý kiến dự thảo Nghị định chính sách khuyến khích đầu tư vào nông nghiệp, nông thôn",
       "hội nghị lấy ý kiến")
d.rel("Vương Đình Huệ", "chairs", hn)
d.rel(hn, "held_in", L("Hà Nội"))
d.rel(hn, "held_on", "2017-06-19")
d.title("Vương Đình Huệ", UVBCT)
d.title("Vương Đình Huệ", PO("Phó Thủ tướng", "Phó Thủ tướng Chính phủ"))
d.title("Trần Mạnh Báo", PO("Tổng giám đốc Công ty giống Thái Bình", org=O("Công ty giống Thái Bình")))

# ---------------------------------------------------------------- 22581575
# Cần Thơ press awards, "Chiều 21-6" (term "lần thứ XI (2016-2017)"). The caption says the
# city chairman "trao giải nhất cho các tác giả, nhóm tác giả"; the text then names the
# authors of the three first prizes: each is a recipient of his award.
d = Doc("22581575")
le = E("họp mặt kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam và tổng kết trao giải Báo chí Phan Ngọc Hiển TP Cần Thơ lần thứ XI",
       "họp mặt kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam và tổng kết trao giải Báo chí Phan Ngọc Hiển TP Cần Thơ lần thứ XI (2016-2017)",
       "buổi lễ")
hnb = O("Hội Nhà báo TP Cần Thơ", "Hội Nhà báo Thành phố Cần Thơ")
d.rel(O("Sở Thông tin và Truyền thông", "Sở TT&TT"), "organizes", le)
d.rel(hnb, "organizes", le)
d.rel(le, "held_on", "2017-06-21")
d.title("Huỳnh Quốc Hoàng", PO("Chủ tịch Hội Nhà báo TP Cần Thơ", org=hnb))
d.title("Võ Thành Thống", PO("Chủ tịch Ủy ban nhân dân TP Cần Thơ", "Chủ tịch UBND TP Cần Thơ",
                             org=O("Ủy ban nhân dân TP Cần Thơ", "UBND TP Cần Thơ")))
nhat = A("giải nhất Giải Báo chí Phan Ngọc Hiển", "giải nhất", "Giải Báo chí Phan Ngọc Hiển",
         "giải Báo chí Phan Ngọc Hiển TP Cần Thơ lần thứ XI")
for p in ["Lê Thanh Long", "Trương Thanh Tùng", "Nguyễn Hữu Trãi", "Nguyễn Tấn Phong",
          "Thạch So Oanh", "Kim Chung", "Lê Hiền", "Quách Khoa"]:
    d.rel("Võ Thành Thống", "awards", p)
    d.rel(p, "received_award", nhat)

# ---------------------------------------------------------------- 22582335
# National press awards "tối nay ở Hà Nội": no date in the text. Prizes A and B go to unnamed
# authors ("các tác giả, nhóm tác giả", "phóng viên báo VietNamNet"): no awards triple;
# VietNamNet itself "đoạt giải B ... và giải C".
d = Doc("22582335")
le = E("Lễ trao giải báo chí quốc gia", "buổi lễ")
d.rel(le, "held_in", L("Hà Nội"))
d.rel("Trần Đại Quang", "attends", le)  # "Tới dự và phát biểu tại buổi lễ"
vnn = O("VietNamNet", "báo VietNamNet")
d.rel(vnn, "received_award", A("giải B Giải báo chí quốc gia", "giải B", "giải báo chí quốc gia"))
d.rel(vnn, "received_award", A("giải C Giải báo chí quốc gia", "giải C", "giải báo chí quốc gia"))
d.title("Trần Đại Quang", CTN)
d.title("Nguyễn Thị Kim Ngân", PO("Chủ tịch Quốc hội", "Chủ tịch QH", org=O("Quốc hội", "QH")))
d.title("Võ Văn Thưởng", PO("Trưởng Ban Tuyên giáo Trung ương", "Trưởng Ban Tuyên giáo TƯ",
                            org=O("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo TƯ")))
d.title("Phạm Bình Minh", PO("Phó Thủ tướng", "Phó Thủ tướng Chính phủ"))
# "Bộ trưởng Ngoại giao": the ministry is never written as such, so no position_of
# (every gold label or alternative must occur in the article).
d.title("Phạm Bình Minh", PO("Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao"))

# ---------------------------------------------------------------- 22590385
# Hồ Chí Minh City party leader receives the Bangladeshi Communist Party chairman ("tiếp").
d = Doc("22590385")
d.title("Võ Thị Dung", PO("Phó Bí thư Thành ủy Thành phố Hồ Chí Minh",
                          org=O("Thành ủy Thành phố Hồ Chí Minh")))
d.title(P("Mujahidul Islam Selim", "Mudahidun Islam Selim"),
        PO("Chủ tịch Đảng Cộng sản Bangladesh", org=O("Đảng Cộng sản Bangladesh")))

# ---------------------------------------------------------------- 22628395
# President meets the Belarusian lower-house chairman in Minsk ("hội kiến": no named event).
d = Doc("22628395")
vdqh = O("Viện Đại biểu Quốc hội Belarus", "Viện Đại biểu Quốc hội (Hạ viện) Belarus",
         "Viện Đại biểu (Hạ viện) Quốc hội Belarus", "Viện Đại biểu Quốc hội", "Hạ viện Belarus")
d.title("Trần Đại Quang", CTN)
d.title(P("Vladimir Andreichenko", "V. Andreichenko"),
        PO("Chủ tịch Viện Đại biểu Quốc hội Belarus", "Chủ tịch Viện Đại biểu Quốc hội (Hạ viện) Belarus",
           "Chủ tịch Viện Đại biểu (Hạ viện) Quốc hội Belarus", "Chủ tịch Hạ viện Belarus",
           "Chủ tịch Viện Đại biểu Quốc hội", "Chủ tịch Viện Đại biểu Quốc hội khóa VI của Belarus",
           org=vdqh))
d.title("Nguyễn Thị Kim Ngân", CTQH)

# ---------------------------------------------------------------- 22642385
# President lays flowers in Moscow with the Russia-Vietnam Friendship Association: not a named
# event. "Nguyên Chủ tịch nước Trương Tấn Sang" is former.
d = Doc("22642385")
d.title("Trần Đại Quang", CTN)
d.title("Trương Tấn Sang", CTN, former=True)
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Hồ Chí Minh", HCM_CT)

# ---------------------------------------------------------------- 22648275
# Đà Nẵng bus service opening, "Sáng 30/6" (2017: project funded "đến tháng 3/2019").
# No "tại": the city is the headline's, not stated as the ceremony's place.
d = Doc("22648275")
le = E("Lễ khai trương dịch vụ xe buýt công cộng và hệ thống bãi đỗ xe", "lễ khai trương")
ubdn = O("Ủy ban nhân dân TP Đà Nẵng", "UBND TP Đà Nẵng")
d.rel(ubdn, "organizes", le)
d.rel(O("Quỹ Toyota Mobility Foudation", "Quỹ Toyota Mobility Foundation", "Quỹ TMF", "TMF"),
      "organizes", le)
d.rel(le, "held_on", "2017-06-30")
d.title("Đặng Việt Dũng", PO("Phó Chủ tịch Ủy ban nhân dân TP Đà Nẵng", "Phó Chủ tịch UBND TP Đà Nẵng",
                             org=ubdn))

# ---------------------------------------------------------------- 22676235
# NA vice-president in Japan ("hội kiến"). The text first calls Tatsuo Kawabata "Phó Chủ tịch
# Hạ viện", later "Phó Chủ tịch Thượng viện": both are stated, both are gold.
# "Việt Nam cũng sẽ chủ trì Hội nghị thường niên lần thứ 26 ..." is a planned chairing.
d = Doc("22676235")
appf = E("Hội nghị thường niên lần thứ 26 của Diễn đàn Liên minh Nghị viện Châu Á-Thái Bình Dương",
         "Hội nghị thường niên lần thứ 26")
d.rel(O("Việt Nam"), "chairs", appf)
d.title("Uông Chu Lưu", PO("Phó Chủ tịch Quốc hội", org=O("Quốc hội")))
ha = O("Hạ viện Nhật Bản", "Hạ viện")
thuong = O("Thượng viện Nhật Bản", "Thượng viện")
d.title("Tadamori Oshima", PO("Chủ tịch Hạ viện Nhật Bản", "Chủ tịch Hạ viện", org=ha))
d.title("Tatsuo Kawabata", PO("Phó Chủ tịch Hạ viện", "Phó Chủ tịch Hạ viện Nhật Bản", org=ha))
d.title("Tatsuo Kawabata", PO("Phó Chủ tịch Thượng viện", "Phó Chủ tịch Thượng viện Nhật Bản", org=thuong))
d.title("Gunji Akira", PO("Phó Chủ tịch Thượng viện", "Phó Chủ tịch Thượng viện Nhật Bản", org=thuong))

# ---------------------------------------------------------------- 22692925
# Nationwide online conference on sand mining, "Ngày 6/7, tại trụ sở Chính phủ" (a building:
# no held_in; 2017: "Tính đến tháng 5/2017").
d = Doc("22692925")
hn = E("Hội nghị trực tuyến toàn quốc với các bộ, ngành, địa phương về các nhiệm vụ, giải pháp nhằm tăng cường quản lý Nhà nước đối với hoạt động khai thác, kinh doanh cát sỏi",
       "Hội nghị trực tuyến toàn quốc")
d.rel("Trương Hòa Bình", "chairs", hn)
d.rel(hn, "held_on", "2017-07-06")
d.title("Trương Hòa Bình", UVBCT)
d.title("Trương Hòa Bình", PO("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực",
                              org=O("Chính phủ")))

# ---------------------------------------------------------------- 22708655
# PM leaves Germany after the G20 summit. "từ ngày 5-8/7" dates the whole trip (visit and
# summit), so the summit gets no held_on; Hamburg is where he leaves from, not stated as the
# summit's place. The keynote at a "Phiên thảo luận" is speaking, not attending.
d = Doc("22708655")
g20 = E("Hội nghị thượng đỉnh G20", "Hội nghị Thượng đỉnh G20", "Hội nghị G20")
d.rel("Nguyễn Xuân Phúc", "attends", g20)
d.title("Nguyễn Xuân Phúc", TTG)
d.title("Angela Merkel", PO("Thủ tướng Đức"))
d.title("Frank-Walter Steinmeier", PO("Tổng thống Đức"))
d.title("Malu Dreyer", PO("Chủ tịch Hội đồng Liên bang Đức", "Chủ tịch hội đồng Liên bang Đức",
                          "Chủ tịch Thượng viện", org=O("Hội đồng Liên bang Đức")))
d.title("Malu Dreyer", PO("Thủ hiến Bang Rheinland-Pfalz"))

# ---------------------------------------------------------------- 22709035
# PM arrives in Amsterdam, "Chiều tối 8/7". "Thủ tướng sẽ tham dự Diễn đàn Doanh nghiệp
# Việt Nam-Hà Lan" is planned attendance (gold); no date or place is given for it.
d = Doc("22709035")
dd = E("Diễn đàn Doanh nghiệp Việt Nam-Hà Lan")
d.rel("Nguyễn Xuân Phúc", "attends", dd)
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Mark Rutte", PO("Thủ tướng Vương quốc Hà Lan", "Thủ tướng Hà Lan"))
d.title("Jeanine Hennis", PO("Bộ trưởng Quốc phòng Hà Lan"))  # ministry not written: no position_of
d.title("Nienke Trootser", PO("Đại sứ Hà Lan tại Việt Nam"))
d.title("Nguyễn Thị Hòa", PO("Đại sứ Việt Nam tại Hà Lan"))

# ---------------------------------------------------------------- 22721145
# Ministry of Justice half-year review, "Chiều 10/7" ("6 tháng đầu năm 2017").
d = Doc("22721145")
hn = E("Hội nghị trực tuyến sơ kết công tác tư pháp 6 tháng đầu năm 2017")
btp = O("Bộ Tư pháp")
d.rel(btp, "organizes", hn)
d.rel(hn, "held_on", "2017-07-10")
d.title("Phan Chí Hiếu", PO("Thứ trưởng Bộ Tư pháp", org=btp))
d.title("Bùi Sỹ Hoàn", PO("Phó Giám đốc Sở Tư pháp tỉnh Hải Dương", org=O("Sở Tư pháp tỉnh Hải Dương")))
