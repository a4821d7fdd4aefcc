<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="+19"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong. Please send the details below to IT support.</source>
        <translation>Đã xảy ra lỗi. Vui lòng gửi thông tin chi tiết dưới đây cho bộ phận hỗ trợ CNTT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Có sự cố</translation>
    </message>
</context>
<context>
    <name>EquipmentCategory</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+71"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop computer</source>
        <translation>Máy tính để bàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop</source>
        <translation>Máy tính xách tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi access point</source>
        <translation>Thiết bị phát Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network device (switch, router)</source>
        <translation>Thiết bị mạng (switch, router)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security device</source>
        <translation>Thiết bị bảo mật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage device</source>
        <translation>Thiết bị lưu trữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector</source>
        <translation>Máy chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Television</source>
        <translation>Ti vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninterruptible power supply (UPS)</source>
        <translation>Bộ lưu điện (UPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <location line="+4"/>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In storage</source>
        <translation>Trong kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under repair</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed of</source>
        <translation>Đã thanh lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <location filename="../../app/ui/item_models.py" line="+140"/>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Loại thiết bị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holder</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Vị trí đặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquired</source>
        <translation>Ngày trang bị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LAN</source>
        <translation>Mạng LAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-56"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>ItCertificate</name>
    <message>
        <location line="+14"/>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic IT skills</source>
        <translation>Ứng dụng CNTT cơ bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced IT skills</source>
        <translation>Ứng dụng CNTT nâng cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate A</source>
        <translation>Chứng chỉ A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate B</source>
        <translation>Chứng chỉ B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate C</source>
        <translation>Chứng chỉ C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT degree</source>
        <translation>Bằng chuyên ngành CNTT</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+48"/>
        <source>Commune IT Register</source>
        <translation>Sổ theo dõi CNTT cấp xã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer: {name}</source>
        <translation>Máy này: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search by name…</source>
        <translation>Tìm theo họ tên…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by asset tag, serial number, model, holder or location…</source>
        <translation>Tìm theo mã tài sản, số sê-ri, model, người sử dụng hoặc vị trí…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="+58"/>
        <source>Equipment by status</source>
        <translation>Thiết bị theo tình trạng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officials</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials with an IT certificate</source>
        <translation>Có chứng chỉ CNTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officials trained this year</source>
        <translation>Được bồi dưỡng CNTT trong năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers per official</source>
        <translation>Máy tính bình quân mỗi người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers on the office network (LAN)</source>
        <translation>Máy tính nối mạng LAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers connected to the Internet</source>
        <translation>Máy tính kết nối Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken equipment</source>
        <translation>Thiết bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment over {years} years old</source>
        <translation>Thiết bị dùng trên {years} năm</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{share} of officials</source>
        <translation>{share} số cán bộ, công chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} of computers in use</source>
        <translation>{share} số máy tính đang dùng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} computers in use</source>
        <translation>{count} máy tính đang sử dụng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not counting items disposed of or lost</source>
        <translation>không tính thiết bị đã thanh lý hoặc bị mất</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>ProfessionalLevel</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-16"/>
        <source>No professional training</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>College</source>
        <translation>Cao đẳng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master&apos;s degree</source>
        <translation>Thạc sĩ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctorate</source>
        <translation>Tiến sĩ</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../app/ui/item_models.py" line="-44"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Vị trí việc làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT certificate</source>
        <translation>Chứng chỉ CNTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/main.py" line="+42"/>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Office computer</source>
        <translation>Máy văn phòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is not set up yet</source>
        <translation>Máy chưa được thiết lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has not been set up for a commune yet. Run the command below, with your commune&apos;s 5-digit code instead of XXXXX, then open the program again.

{command}</source>
        <translation>Máy này chưa được thiết lập cho xã nào. Hãy chạy lệnh dưới đây (thay XXXXX bằng mã xã gồm 5 chữ số của xã mình), rồi mở lại chương trình.

{command}</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/ui/table_page.py" line="+94"/>
        <source>Showing {shown} of {total}</source>
        <translation>Đang hiển thị {shown}/{total}</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+14"/>
        <source>Council and People&apos;s Committee leaders</source>
        <translation>Lãnh đạo HĐND, UBND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office of the Council and People&apos;s Committee</source>
        <translation>Văn phòng HĐND và UBND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic Division</source>
        <translation>Phòng Kinh tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture and Social Affairs Division</source>
        <translation>Phòng Văn hóa - Xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Administration Service Centre</source>
        <translation>Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
</TS>
