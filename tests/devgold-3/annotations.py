# Hand annotations of tests/devgold-3, one block per article (executed by
# ../devgold/annotate.py tests/devgold-3). Same conventions as ../devgold/README.md.
# d.title(person, position[, former=True]) -> holds_title (+ position_of)
# d.rel(subject, relation, object)
# All articles are from 2017: a day and month without a year take 2017.

UBND_DN = O("Ủy ban nhân dân thành phố Đà Nẵng", "UBND TP Đà Nẵng", "UBND TP. Đà Nẵng")
TTG_VN = PO("Thủ tướng Chính phủ", "Thủ tướng", "Thủ tướng Chính phủ Việt Nam", org=O("Chính phủ"))

# ---------------------------------------------------------------- 21483875
# Rotary scholarship ceremony, "Chiều 7/2" (2017), at a college (a building: no held_in).
d = Doc("21483875")
ev = E("lễ tặng quà cho học sinh, sinh viên nghèo vượt khó", "lễ tặng quà",
       "buổi lễ trao học bổng", "buổi lễ")
d.rel(ev, "held_on", "2017-02-07")
d.rel("Kim Chang Kuk", "attends", ev)
d.rel(O("Quỹ khuyến học thành phố Vinh", "Quỹ khuyến học thành phố Vinh của tỉnh Kiengky"),
      "attends", ev)
d.title("Kim Chang Kuk", PO("Chủ tịch Rotary International D-3600",
                            org=O("Rotary International D-3600", "Rotary International D – 3600",
                                  "Rotary International D- 3600")))

# ---------------------------------------------------------------- 21491065
# Press conference on Ngày thơ Việt Nam lần thứ 15; the day itself is a lunar date
# ("Rằm tháng Riêng (11/1)"), so no held_on. Văn Miếu - Quốc Tử Giám (Hà Nội).
d = Doc("21491065")
hnv = O("Hội Nhà văn Việt Nam")
ntv = E("Ngày thơ Việt Nam lần thứ 15", "Ngày thơ Việt Nam lần thứ 15 năm 2017", "Ngày thơ Việt Nam")
d.rel(hnv, "organizes", ntv)
d.rel(ntv, "held_in", L("Hà Nội"))
d.rel(hnv, "organizes", E("lễ kết nạp 6 nhà thơ trẻ"))
d.title("Nguyễn Quang Thiều", PO("Phó Chủ tịch Hội Nhà văn Việt Nam", org=hnv))

# ---------------------------------------------------------------- 21493635
# Disciplinary council at the Ministry of Industry and Trade; no event.
d = Doc("21493635")
d.title("Trần Quốc Khánh", PO("Thứ trưởng"))
d.title("Trần Tuấn Anh", PO("Bộ trưởng Bộ Công Thương", org=O("Bộ Công Thương")))
d.title("Bùi Quang Hưng", PO("Giám đốc Trung tâm Hỗ trợ Xuất khẩu", "Giám đốc Trung tâm"))

# ---------------------------------------------------------------- 22290965
# PM receives Samsung's general director, "Chiều 16/5" at Trụ sở Chính phủ; no named event.
d = Doc("22290965")
d.title("Nguyễn Xuân Phúc", TTG_BARE)
samsung = O("Tổ hợp Samsung Việt Nam")
d.title(P("Han Myoung-Sup", "Han Myoung – sup"),
        PO("Tổng Giám đốc Tổ hợp Samsung Việt Nam", org=samsung))

# ---------------------------------------------------------------- 22415945
# PM arrives in Washington (31/5 is the arrival, not an event date); planned and
# earlier activities in Washington / New York.
d = Doc("22415945")
d.title("Nguyễn Xuân Phúc", TTG_BARE)
d.title("Ted Osisus", PO("Đại sứ Hoa Kỳ tại Việt Nam"))
d.title("Phạm Quang Vinh", PO("Đại sứ Việt Nam tại Hoa Kỳ"))
d.title("Donald Trump", PO("Tổng thống"))
d.title("Antonio Guterres", PO("Tổng Thư ký Liên Hợp Quốc", org=O("Liên Hợp Quốc")))
lk = E("lễ kỷ niệm 40 năm Việt Nam gia nhập Liên Hợp Quốc")
tdbt = E("Tọa đàm bàn tròn về hợp tác đầu tư Việt Nam – Hoa Kỳ")
ltrao = E("lễ trao các văn bản thỏa thuận về thương mại, đầu tư")
for e in (lk, tdbt):
    d.rel("Nguyễn Xuân Phúc", "attends", e)
    d.rel(e, "held_in", L("New York"))
d.rel("Nguyễn Xuân Phúc", "attends", ltrao)
d.rel(ltrao, "held_in", L("Washington"))

# ---------------------------------------------------------------- 22431895
# Đà Nẵng souvenir design contest prizes, "Ngày 1/6" (2017). The contest itself
# (3/1-15/3) is a competition, not an event (like devgold's multi-year Chương trình).
d = Doc("22431895")
lcb = E('lễ công bố trao giải "Cuộc thi thiết kế và sản xuất sản phẩm lưu niệm du lịch, '
        'quà tặng phục vụ APEC 2017"', "lễ công bố trao giải", "buổi lễ")
d.rel(UBND_DN, "organizes", lcb)
d.rel(lcb, "held_on", "2017-06-01")
tl = E("Tuần lễ cấp cao APEC 2017")
d.rel(tl, "held_in", L("Đà Nẵng", "TP Đà Nẵng"))
d.title("Hồ Kỳ Minh", PO("Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
                         "phó Chủ tịch UBND TP Đà Nẵng", org=UBND_DN))
g1 = A("Giải Nhất")
g2 = A("Giải nhì", "giải nhì", "Hai giải nhì")
d.rel(O("Công ty TNHH SX&TM Sứ Bộ Trại"), "received_award", g1)
d.rel(O("Công ty CP Sản xuất và phân phối Quà tặng chìa khóa vàng"), "received_award", g2)
d.rel("Trần Thu", "received_award", g2)
d.rel("Nguyễn Thế Quốc", "received_award", g2)

# ---------------------------------------------------------------- 22443005
# Shangri-La Dialogue opened "Tối 2-6" (2017). Speaking at it is not attending.
d = Doc("22443005")
sl = E("Đối thoại Shangri-La lần thứ 16", "Hội nghị cấp cao an ninh châu Á",
       "Đối thoại Shangri-La", "hội nghị Đối thoại Shangri-La lần thứ 16")
d.rel(sl, "held_on", "2017-06-02")
d.title("Donald Trump", PO("Tổng thống Mỹ", "Tổng thống"))
d.title("Malcolm Turnbull", PO("Thủ tướng Australia"))
d.title("James Mattis", PO("Bộ trưởng Bộ Quốc phòng Mỹ", org=O("Bộ Quốc phòng Mỹ")))

# ---------------------------------------------------------------- 22443625
# Ministry of Justice conference, "Hôm qua (2/6)" (2017).
d = Doc("22443625")
btp = O("Bộ Tư pháp")
hn = E("Hội nghị quán triệt Luật Đấu giá tài sản (ĐGTS) khu vực phía Bắc",
       "Hội nghị quán triệt Luật Đấu giá tài sản khu vực phía Bắc",
       "Hội nghị quán triệt Luật Đấu giá tài sản", "Hội nghị")
d.rel(btp, "organizes", hn)
d.rel(hn, "held_on", "2017-06-02")
d.title("Trần Tiến Dũng", PO("Thứ trưởng Bộ Tư pháp", org=btp))
d.title("Hồ Xuân Hương", PO("Phó Giám đốc"))
d.title("Nguyễn Đại Dân", PO("Giám đốc Trung tâm Dịch vụ bán ĐGTS tỉnh Hải Dương",
                             "Giám đốc Trung tâm Dịch vụ bán đấu giá tài sản tỉnh Hải Dương",
                             org=O("Trung tâm Dịch vụ bán ĐGTS tỉnh Hải Dương",
                                   "Trung tâm Dịch vụ bán đấu giá tài sản tỉnh Hải Dương")))

# ---------------------------------------------------------------- 22495435
# Ford / National Traffic Safety Committee launch, "sáng 9/6" (2017), in Đà Nẵng.
# Equipment donated is no award.
d = Doc("22495435")
atgt = O("Ủy ban An toàn giao thông Quốc gia", "Ủy ban ATGT QG", "Ủy ban ATGT Quốc gia",
         "Ủy ban ATGT Quốc Gia")
d.title("Khuất Việt Hùng", PO("Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông Quốc gia",
                              "Phó chủ tịch chuyên trách Ủy ban ATGT QG",
                              "Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia", org=atgt))
lkd = E('lễ khởi động chương trình "Hướng dẫn lái xe an toàn, thân thiện với môi trường" lần thứ 10',
        "lễ khởi động")
d.rel(lkd, "held_on", "2017-06-09")
d.rel(lkd, "held_in", L("Đà Nẵng"))

# ---------------------------------------------------------------- 22500525
# Top 50 award ceremony, "Tối 9/6" (2017). Lưu Đức Khánh receives on behalf of Vietjet.
d = Doc("22500525")
vj = O("Vietjet")
ltg = E('Lễ trao giải "Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016"', "Lễ trao giải")
d.rel(ltg, "held_on", "2017-06-09")
d.rel(vj, "received_award", A('"Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016"',
                             "Top 50 Công ty kinh doanh hiệu quả nhất Việt Nam 2016"))
d.title("Lưu Đức Khánh", PO("Giám đốc điều hành Vietjet", "Giám đốc Điều hành Vietjet", org=vj))
d.title("Đặng Huy Đông", PO("Thứ trưởng Bộ Kế hoạch và Đầu tư", org=O("Bộ Kế hoạch và Đầu tư")))
d.title("Nguyễn Thành Nam", PO("CEO FPT", org=O("FPT")), former=True)
tgdd = O("Công ty cổ phần Đầu tư Thế giới Di động")
d.title("Nguyễn Đức Tài", PO("Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị"))
d.title("Nguyễn Đức Tài", PO("Tổng giám đốc Công ty cổ phần Đầu tư Thế giới Di động", org=tgdd))
d.title("Đặng Nhật Minh", PO("Tổng biên tập Tạp chí Nhịp cầu Đầu tư",
                             org=O("Tạp chí Nhịp cầu Đầu tư")))

# ---------------------------------------------------------------- 22504765
# Festival Biển Nha Trang 2017 opened "Tối 10.6" (2017) in TP.Nha Trang. The Deputy
# PM only speaks.
d = Doc("22504765")
ubkh = O("Ủy ban nhân dân tỉnh Khánh Hòa", "UBND tỉnh Khánh Hòa")
fes = E("Festival Biển Nha Trang 2017", "Festival Biển Nha Trang 2017, lần thứ 8",
        "lễ khai mạc Festival Biển Nha Trang 2017", "Festival Biển")
d.rel(ubkh, "organizes", fes)
d.rel(fes, "held_on", "2017-06-10")
d.rel(fes, "held_in", L("Nha Trang", "TP.Nha Trang", "TP. Nha Trang"))
d.title("Vũ Đức Đam", PO("Phó Thủ tướng", "Phó Thủ tướng Chính phủ"))
d.title("Nguyễn Đắc Tài", PO("Phó Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
                             "Phó Chủ tịch UBND tỉnh Khánh Hòa", org=ubkh))
d.title("Nguyễn Đắc Tài", PO("Trưởng ban tổ chức"))

# ---------------------------------------------------------------- 22669625
# G20 summit in Hamburg, "trong 2 ngày 7-8/7 tới" (2017): first day; planned attendance.
d = Doc("22669625")
g20 = E("Hội nghị thượng đỉnh G20", "hội nghị thượng đỉnh của nhóm")
d.rel(g20, "held_in", L("Hamburg"))
d.rel(g20, "held_on", "2017-07-07")
d.title("Angela Merkel", PO("Thủ tướng Đức", "Thủ tướng"))
d.title("Steffen Seibert", PO("người phát ngôn của Thủ tướng Đức", "người phát ngôn"))
d.title("Donald Trump", PO("Tổng thống Mỹ", "Tổng thống"))
d.title("Tập Cận Bình", PO("Chủ tịch Trung Quốc"))
d.title("Vladimir Putin", PO("Tổng thống Nga"))
d.title("Recep Tayyip Erdogan", PO("Tổng thống Thổ Nhĩ Kỳ"))
for p in ("Tập Cận Bình", "Vladimir Putin", "Recep Tayyip Erdogan"):
    d.rel(p, "attends", g20)

# ---------------------------------------------------------------- 22677525
# Putin - Xi talks in the Kremlin (talks and a signing witnessed: no event); an order.
d = Doc("22677525")
d.title("Vladimir Putin", PO("Tổng thống Nga"))
d.title("Tập Cận Bình", PO("Chủ tịch Trung Quốc"))
d.rel("Vladimir Putin", "awards", "Tập Cận Bình")
d.rel("Tập Cận Bình", "received_award", A("Huân chương hữu nghị St.Andrew",
                                          "huân chương hữu nghị St.Andrew"))

# ---------------------------------------------------------------- 22677595
# Government's regular meeting, "Sáng 4-7" (2017), chaired by the PM.
d = Doc("22677595")
ph = E("phiên thường kỳ tháng 6-2017", "phiên họp thường kỳ tháng 6-2017", "phiên họp")
d.rel("Nguyễn Xuân Phúc", "chairs", ph)
d.rel(ph, "held_on", "2017-07-04")
d.title("Nguyễn Xuân Phúc", TTG_BARE)

# ---------------------------------------------------------------- 22684885
# Đà Nẵng People's Council session opened "sáng 5/7" (2017). Narrated new and past
# posts ("giữ chức", "từng đảm nhiệm", "nhận nhiệm vụ là") are not appositions.
d = Doc("22684885")
kh = E("kỳ họp thứ 4 Hội đồng nhân dân TP Đà Nẵng khóa IX",
       "kỳ họp thứ tư HĐND TP. Đà Nẵng khóa IX", "kỳ họp thứ 4", "kỳ họp")
d.rel(kh, "held_on", "2017-07-05")
d.title("Huỳnh Đức Thơ", PO("Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
                            "Chủ tịch UBND TP Đà Nẵng", org=UBND_DN))
d.title("Hồ Kỳ Minh", PO("Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng",
                         "Phó Chủ tịch UBND TP Đà Nẵng", org=UBND_DN))
d.title("Đặng Việt Dũng", PO("Ủy viên Ban Thường vụ Thành ủy",
                             org=O("Ban Thường vụ Thành ủy", "Ban Thường vụ Thành ủy Đà Nẵng")))
d.title("Đặng Việt Dũng", PO("Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Đà Nẵng",
                             "Phó Chủ tịch Thường trực UBND TP Đà Nẵng", org=UBND_DN))

# ---------------------------------------------------------------- 22702355
# Trump - Putin talks on the sidelines of the G20 "ở Hamburg, Đức"; 7/7 is the date
# of the talks, not of the summit; talks on the sidelines are not attendance as stated.
d = Doc("22702355")
g20 = E("Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20)",
        "Hội nghị thượng đỉnh G20", "Hội nghị G20")
d.rel(g20, "held_in", L("Hamburg"))
d.rel(g20, "held_in", L("Đức"))
d.title("Donald Trump", PO("Tổng thống Mỹ", "Tổng thống"))
d.title("Vladimir Putin", PO("Tổng thống Nga", "Tổng thống"))

# ---------------------------------------------------------------- 22706565
# Putin's bilateral meetings at the G20 (8/7 is the date of the meetings).
d = Doc("22706565")
d.title("Vladimir Putin", PO("Tổng thống Nga", "Tổng thống"))
d.title("Francois Macron", PO("Tổng thống Pháp"))
d.title("Angela Merkel", PO("Thủ tướng Đức"))
d.title("Pyotr Poroshenko", PO("Tổng thống Ukraine"))
d.title("Recep Tayyip Erdogan", PO("Tổng thống Thổ Nhĩ Kỳ"))
d.title("Jean-Claude Juncker", PO("Chủ tịch Ủy ban châu Âu", org=O("Ủy ban châu Âu")))
d.title("Sergei Lavrov", PO("Ngoại trưởng Nga"))
d.title("Kurt Volker", PO("đặc phái viên về tình hình Ukraine", "đặc phái viên"))

# ---------------------------------------------------------------- 22723605
# PM Nguyễn Xuân Phúc in the Netherlands, 08-11/7/2017 (a visit, not an event).
d = Doc("22723605")
d.title("Nguyễn Xuân Phúc", TTG_VN)
d.title("Mark Rutte", PO("Thủ tướng Vương quốc Hà Lan", "Thủ tướng Hà Lan", "Thủ tướng"))
dd = E("Diễn đàn Doanh nghiệp Việt Nam-Hà Lan")
d.rel("Nguyễn Xuân Phúc", "attends", dd)
d.rel(dd, "held_in", L("Hà Lan"))
