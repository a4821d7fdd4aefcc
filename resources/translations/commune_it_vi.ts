<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;b&gt;Commune IT Register&lt;/b&gt;, version {version}</source>
        <translation>&lt;b&gt;Sổ theo dõi CNTT cấp xã&lt;/b&gt;, phiên bản {version}</translation>
    </message>
    <message>
        <source>Running on Python {python}, Qt {qt}, SQLite {sqlite} and reportlab {reportlab}.</source>
        <translation>Chạy trên Python {python}, Qt {qt}, SQLite {sqlite} và reportlab {reportlab}.</translation>
    </message>
    <message>
        <source>Data folder: {data}&lt;br&gt;Backups folder: {backups}&lt;br&gt;Log file: {log}</source>
        <translation>Thư mục dữ liệu: {data}&lt;br&gt;Thư mục sao lưu: {backups}&lt;br&gt;Tệp nhật ký: {log}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>An officer keeps the records; a viewer only reads and prints; an administrator also manages accounts and settings.</source>
        <translation>Cán bộ cập nhật hồ sơ; người chỉ xem chỉ đọc và in; quản trị còn quản lý tài khoản và cài đặt.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>New password for “{name}”</source>
        <translation>Mật khẩu mới cho “{name}”</translation>
    </message>
    <message>
        <source>The account “{name}” signs in with this password from now on; tell it to its owner in person.</source>
        <translation>Từ nay tài khoản “{name}” đăng nhập bằng mật khẩu này; hãy báo trực tiếp cho người dùng tài khoản.</translation>
    </message>
    <message>
        <source>The account “{name}” is enabled again with this password; tell it to its owner in person.</source>
        <translation>Tài khoản “{name}” được mở lại với mật khẩu này; hãy báo trực tiếp cho người dùng tài khoản.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Mở lại tài khoản</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Protect the data with an account</source>
        <translation>Bảo vệ dữ liệu bằng tài khoản</translation>
    </message>
    <message>
        <source>This laptop travels and may be lost. With an account, the data on it is encrypted: nobody can read it without signing in. This first account is the administrator; more accounts are added later in Settings.</source>
        <translation>Máy tính xách tay được mang đi nhiều nơi và có thể bị mất. Khi có tài khoản, dữ liệu trên máy được mã hóa: không ai đọc được nếu không đăng nhập. Tài khoản đầu tiên này là tài khoản quản trị; các tài khoản khác thêm sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Later: keep the data unencrypted for now</source>
        <translation>Để sau: tạm thời chưa mã hóa dữ liệu</translation>
    </message>
    <message>
        <source>Anyone who uses this computer can then read the data. Settings offers to protect it at any time.</source>
        <translation>Khi đó ai dùng máy này cũng đọc được dữ liệu. Có thể bảo vệ dữ liệu bất cứ lúc nào trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Enable again…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>The account “{name}” was added.</source>
        <translation>Đã thêm tài khoản “{name}”.</translation>
    </message>
    <message>
        <source>The account “{name}” is disabled: it can no longer sign in.</source>
        <translation>Đã khóa tài khoản “{name}”: tài khoản này không đăng nhập được nữa.</translation>
    </message>
    <message>
        <source>The account “{name}” is enabled again.</source>
        <translation>Đã mở lại tài khoản “{name}”.</translation>
    </message>
    <message>
        <source>A new password is set for “{name}”.</source>
        <translation>Đã đặt mật khẩu mới cho “{name}”.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Who may open the data on this computer, and what each may do.</source>
        <translation>Những ai được mở dữ liệu trên máy này, và mỗi người được làm gì.</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted: anyone who uses it can read it. Protect it with an administrator&apos;s account; the data is then encrypted.</source>
        <translation>Dữ liệu trên máy này chưa được mã hóa: ai dùng máy cũng đọc được. Hãy bảo vệ dữ liệu bằng một tài khoản quản trị; khi đó dữ liệu được mã hóa.</translation>
    </message>
    <message>
        <source>Protect the data with an account…</source>
        <translation>Bảo vệ dữ liệu bằng tài khoản…</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Đặt mật khẩu mới…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation>Sẵn sàng quét</translation>
    </message>
    <message>
        <source>The answer of each scan shows here.</source>
        <translation>Kết quả mỗi lần quét hiện ở đây.</translation>
    </message>
    <message>
        <source>held by {name}</source>
        <translation>người sử dụng: {name}</translation>
    </message>
    <message>
        <source>✓ Found: {tag}</source>
        <translation>✓ Đã thấy: {tag}</translation>
    </message>
    <message>
        <source>? Not in the book: {tag}</source>
        <translation>? Không có trong sổ: {tag}</translation>
    </message>
    <message>
        <source>Recorded as found but not in the book (surplus).</source>
        <translation>Đã ghi là tài sản thừa (có thực tế, không có trong sổ).</translation>
    </message>
    <message>
        <source>= Already counted: {tag}</source>
        <translation>= Đã kiểm rồi: {tag}</translation>
    </message>
    <message>
        <source>Already counted at {time}; it counts once.</source>
        <translation>Đã kiểm lúc {time}; chỉ tính một lần.</translation>
    </message>
    <message>
        <source>✗ Not counted: {tag}</source>
        <translation>✗ Không kiểm được: {tag}</translation>
    </message>
    <message>
        <source>The scanner&apos;s file is taken in</source>
        <translation>Đã nhập tệp quét</translation>
    </message>
    <message>
        <source>{found} found, {unknown} not in the book, {duplicate} already counted.</source>
        <translation>{found} đã thấy, {unknown} không có trong sổ, {duplicate} đã kiểm rồi.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Unexcused absence</source>
        <translation>Vắng không phép</translation>
    </message>
</context>
<context>
    <name>AttendanceCell</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Muộn</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Có phép</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Không phép</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Not marked</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>This computer cannot change this person&apos;s attendance.</source>
        <translation>Máy này không sửa được điểm danh của người này.</translation>
    </message>
    <message>
        <source>Share of the lessons held so far attended (present or late); a lesson with no mark counts as not attended.</source>
        <translation>Tỷ lệ số buổi đã tham gia (có mặt hoặc đi muộn) trên số buổi đã học; buổi chưa điểm danh được tính là không tham gia.</translation>
    </message>
    <message>
        <source>{name}, lesson {number} ({date}): {status}</source>
        <translation>{name}, buổi {number} ({date}): {status}</translation>
    </message>
    <message>
        <source>This lesson has not taken place yet: attendance can be marked from {date}.</source>
        <translation>Buổi học này chưa diễn ra: điểm danh được từ ngày {date}.</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỷ lệ chuyên cần</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>S{number}</source>
        <translation>B{number}</translation>
    </message>
    <message>
        <source>Lesson {number}</source>
        <translation>Buổi {number}</translation>
    </message>
    <message>
        <source>(not held yet)</source>
        <translation>(chưa học)</translation>
    </message>
</context>
<context>
    <name>AttendanceKeys</name>
    <message>
        <source>P</source>
        <extracomment>The key(s) that mark a person Present in the attendance grid: capital letters A-Z, separated by spaces, taken from the word for &quot;present&quot; in your language.</extracomment>
        <translation>C X</translation>
    </message>
    <message>
        <source>L</source>
        <extracomment>The key(s) that mark a person Late: capital letters A-Z separated by spaces.</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>E</source>
        <extracomment>The key(s) that mark an Excused absence: capital letters A-Z separated by spaces.</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <extracomment>The key(s) that mark an Unexcused absence: capital letters A-Z separated by spaces.</extracomment>
        <translation>K</translation>
    </message>
</context>
<context>
    <name>AttendanceLegend</name>
    <message>
        <source>After a mark the cursor goes to the next person · Space: next mark · Delete: clear · arrows: move.</source>
        <translation>Điểm danh xong một người, con trỏ xuống người tiếp theo · Phím cách: đổi sang mức kế tiếp · Delete: xóa · Phím mũi tên: di chuyển.</translation>
    </message>
    <message>
        <source>Rate: lessons attended (present or late) out of those held so far; a lesson with no mark counts as not attended.</source>
        <translation>Tỷ lệ: số buổi đã tham gia (có mặt hoặc đi muộn) trên số buổi đã học; buổi chưa điểm danh được tính là không tham gia.</translation>
    </message>
    <message>
        <source>Attendance keys</source>
        <translation>Phím điểm danh</translation>
    </message>
    <message>
        <source>{letters} or {digit}</source>
        <translation>{letters} hoặc {digit}</translation>
    </message>
</context>
<context>
    <name>AttendanceShort</name>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Who signed in on this computer, exported or printed lists with names, changed accounts or erased an official&apos;s personal data.</source>
        <translation>Ai đã đăng nhập trên máy này, xuất hoặc in danh sách có tên người, thay đổi tài khoản hay xóa thông tin cá nhân của cán bộ.</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Nhật ký hoạt động…</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Nhập sai mật khẩu</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Thay đổi tài khoản</translation>
    </message>
    <message>
        <source>List exported</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Paper with names printed</source>
        <translation>In giấy tờ có tên người</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Xóa thông tin cá nhân</translation>
    </message>
    <message>
        <source>the staff list</source>
        <translation>danh sách cán bộ</translation>
    </message>
    <message>
        <source>the equipment list</source>
        <translation>danh sách thiết bị</translation>
    </message>
    <message>
        <source>the training list</source>
        <translation>danh sách học viên</translation>
    </message>
    <message>
        <source>{count} wrong password(s) before this sign-in</source>
        <translation>{count} lần nhập sai mật khẩu trước lần đăng nhập này</translation>
    </message>
    <message>
        <source>New account “{name}” ({role})</source>
        <translation>Tài khoản mới “{name}” ({role})</translation>
    </message>
    <message>
        <source>Account “{name}” disabled</source>
        <translation>Đã khóa tài khoản “{name}”</translation>
    </message>
    <message>
        <source>Account “{name}” enabled again</source>
        <translation>Đã mở lại tài khoản “{name}”</translation>
    </message>
    <message>
        <source>New password for “{name}”</source>
        <translation>Mật khẩu mới cho “{name}”</translation>
    </message>
    <message>
        <source>{list}, {rows} rows, {format} file</source>
        <translation>{list}, {rows} dòng, tệp {format}</translation>
    </message>
    <message>
        <source>{count} personal fields of one official</source>
        <translation>{count} mục thông tin cá nhân của một cán bộ</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>{count} events</source>
        <translation>{count} sự kiện</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>nhat-ky-hoat-dong</translation>
    </message>
    <message>
        <source>Save the audit log as</source>
        <translation>Lưu nhật ký hoạt động thành</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Đang xuất {file}…</translation>
    </message>
    <message>
        <source>{count} events were written to {file}.</source>
        <translation>Đã ghi {count} sự kiện vào {file}.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Việc đã làm:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Mọi tài khoản</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Mọi việc</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Xuất ra tệp…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>A copy of all the data on this computer, to keep on a USB stick. Restoring a copy replaces all the data on this computer.</source>
        <translation>Bản sao toàn bộ dữ liệu trên máy này, để cất giữ trên USB. Khôi phục từ một bản sao lưu sẽ thay thế toàn bộ dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Choose where to save the backup (a USB stick)</source>
        <translation>Chọn nơi lưu bản sao lưu (USB)</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>It is encrypted like the data on this computer; keep the file “{keys}” beside it: with it, the accounts&apos; passwords or the recovery paper open the backup.</source>
        <translation>Bản sao lưu được mã hóa như dữ liệu trên máy này; hãy giữ tệp “{keys}” đi kèm bên cạnh: có tệp đó, mật khẩu của các tài khoản hoặc giấy khôi phục mới mở được bản sao lưu.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Restore the data of {communes} from the backup made on {date}?

It replaces all the data on this computer:
• now: {staff} officials, {equipment} pieces of equipment, {courses} courses;
• in the backup: {b_staff} officials, {b_equipment} pieces of equipment, {b_courses} courses.

A copy of the data as it is now is kept in the backups folder. After the restore this computer counts as a new device: load the province&apos;s enrolment file again before the next sync.</source>
        <translation>Khôi phục dữ liệu của {communes} từ bản sao lưu lập ngày {date}?

Bản sao lưu sẽ thay thế toàn bộ dữ liệu trên máy này:
• hiện có: {staff} cán bộ, {equipment} thiết bị, {courses} khóa học;
• trong bản sao lưu: {b_staff} cán bộ, {b_equipment} thiết bị, {b_courses} khóa học.

Dữ liệu hiện tại được giữ lại một bản trong thư mục sao lưu. Sau khi khôi phục, máy này được coi là thiết bị mới: hãy nạp lại tệp đăng ký do tỉnh cấp trước lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Restored from {name}. A copy of the data from before the restore: {path}. This computer is now a new device: load the province&apos;s enrolment file before the next sync.</source>
        <translation>Đã khôi phục từ {name}. Bản sao dữ liệu trước khi khôi phục: {path}. Máy này nay là thiết bị mới: hãy nạp tệp đăng ký do tỉnh cấp trước lần đồng bộ tiếp theo.</translation>
    </message>
</context>
<context>
    <name>BadRowsDialog</name>
    <message>
        <source>The file was not imported</source>
        <translation>Chưa nhập được tệp</translation>
    </message>
    <message>
        <source>{file}: {reason}
Correct these rows in the file, then import it again.</source>
        <translation>{file}: {reason}
Hãy sửa các dòng này trong tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>…and {count} more problems not shown.</source>
        <translation>…và {count} lỗi khác không hiển thị ở đây.</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Sao chép danh sách</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted officials, equipment and courses are kept here. Choose one or more and press “Restore”: they go back to their lists, and the next sync sends the restore to the province.</source>
        <translation>Cán bộ, thiết bị và khóa học đã xóa được giữ lại ở đây. Chọn một hoặc nhiều mục rồi bấm “Khôi phục”: chúng trở lại danh sách, và lần đồng bộ tới sẽ gửi việc khôi phục lên tỉnh.</translation>
    </message>
    <message>
        <source>Search by name, title or tag…</source>
        <translation>Tìm theo tên, tiêu đề hoặc mã tài sản…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The bin is empty: nothing has been deleted.</source>
        <translation>Thùng rác trống: chưa có gì bị xóa.</translation>
    </message>
    <message>
        <source>This computer cannot restore officials or equipment: it only reads them (a trainer&apos;s computer). The commune office&apos;s computer can.</source>
        <translation>Máy này không khôi phục được cán bộ hay thiết bị: máy chỉ được xem (máy giảng viên). Máy văn phòng xã khôi phục được.</translation>
    </message>
</context>
<context>
    <name>BinTableModel</name>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Equipment: {category}</source>
        <translation>Thiết bị: {category}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>sinh {date}</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>bắt đầu {date}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tag or date</source>
        <translation>Mã tài sản, ngày</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa lúc</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí việc làm</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>Chứng chỉ CNTT</translation>
    </message>
</context>
<context>
    <name>CertificateQuestion</name>
    <message>
        <source>Update IT certificates?</source>
        <translation>Cập nhật chứng chỉ tin học?</translation>
    </message>
    <message numerus="yes">
        <source>%n official(s) passed “{title}” with a certificate number, but their record does not show that certificate yet. Record “{certificate}” for them?</source>
        <translation>
            <numerusform>%n cán bộ đã đạt khóa “{title}” và có số chứng chỉ, nhưng hồ sơ của họ chưa ghi chứng chỉ này. Ghi “{certificate}” vào hồ sơ của họ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate: {certificate} · date: {date} · issued by: {issuer}</source>
        <translation>Chứng chỉ: {certificate} · ngày cấp: {date} · nơi cấp: {issuer}</translation>
    </message>
    <message>
        <source>{name} — now: {current} — certificate no. {number}</source>
        <translation>{name} — hiện ghi: {current} — số chứng chỉ {number}</translation>
    </message>
    <message numerus="yes">
        <source>Update %n record(s)</source>
        <translation>
            <numerusform>Cập nhật %n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommuneChoice</name>
    <message>
        <source>Stock-take of the co&amp;mmune:</source>
        <translation>Kiểm kê của &amp;xã:</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Found {when}</source>
        <translation>Phát hiện lúc {when}</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Giữ giá trị hiện tại</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Dùng giá trị kia</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Giá trị hiện tại</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Giá trị kia</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>No conflicts to review.</source>
        <translation>Không có xung đột nào cần xem xét.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to review. Sync kept the current value; choose which one is right.</source>
        <translation>
            <numerusform>Có %Ln xung đột cần xem xét. Khi đồng bộ, máy đã giữ giá trị hiện tại; hãy chọn giá trị đúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} are shown.</source>
        <translation>Đang hiển thị {shown} xung đột đầu tiên.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>(not on this computer)</source>
        <translation>(không có trên máy này)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(để trống)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Chưa xóa</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <source>Edit course</source>
        <translation>Sửa khóa học</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Thêm khóa học</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Tên khóa học *</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Start date *</source>
        <translation>Ngày bắt đầu *</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>A basic digital skills course (passing it confirms the skills, after asking)</source>
        <translation>Khóa học kỹ năng số cơ bản (đạt khóa học thì xác nhận kỹ năng số, sau khi hỏi)</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Kỹ năng số</translation>
    </message>
    <message>
        <source>For example: Using the online public service portal</source>
        <translation>Ví dụ: Sử dụng Cổng dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Enter the course title.</source>
        <translation>Nhập tên khóa học.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Số người ghi danh</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Thuộc</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>DiagnosticsAction</name>
    <message>
        <source>Save &amp;diagnostics information…</source>
        <translation>Lưu thông tin &amp;chẩn đoán…</translation>
    </message>
    <message>
        <source>Saving the diagnostics file…</source>
        <translation>Đang lưu thông tin chẩn đoán…</translation>
    </message>
    <message>
        <source>commune-it-diagnostics-{date}.zip</source>
        <translation>chan-doan-commune-it-{date}.zip</translation>
    </message>
    <message>
        <source>Save the diagnostics file</source>
        <translation>Lưu tệp thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Tệp nén zip (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics file was saved as:
{path}

Send it to the province&apos;s IT officer when asked. It holds no official&apos;s name, phone number or e-mail address.</source>
        <translation>Đã lưu tệp thông tin chẩn đoán:
{path}

Khi cán bộ CNTT của tỉnh đề nghị, hãy gửi tệp này cho họ. Tệp không chứa họ tên, số điện thoại hay thư điện tử của cán bộ nào.</translation>
    </message>
    <message>
        <source>Diagnostics saved</source>
        <translation>Đã lưu thông tin chẩn đoán</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Something went wrong. Please send the details below to IT support.</source>
        <translation>Đã xảy ra lỗi. Vui lòng gửi thông tin chi tiết dưới đây cho bộ phận hỗ trợ CNTT.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the enrolment file from the province</source>
        <translation>Chọn tệp đăng ký máy do tỉnh cấp</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Có sự cố</translation>
    </message>
</context>
<context>
    <name>DigitalSkillsMethod</name>
    <message>
        <source>Online on the national platform</source>
        <translation>Học trên nền tảng Bình dân học vụ số</translation>
    </message>
    <message>
        <source>A class run by the commune</source>
        <translation>Lớp bồi dưỡng do xã tổ chức</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Kiểm tra, đánh giá</translation>
    </message>
</context>
<context>
    <name>EncryptingDialog</name>
    <message>
        <source>Protecting the data</source>
        <translation>Đang bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Encrypting the data on this computer… Do not turn the computer off.</source>
        <translation>Đang mã hóa dữ liệu trên máy này… Không tắt máy.</translation>
    </message>
    <message>
        <source>The data was not encrypted: {reason}</source>
        <translation>Dữ liệu chưa được mã hóa: {reason}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol officials</source>
        <translation>Ghi danh cán bộ, công chức</translation>
    </message>
    <message>
        <source>Search by name…</source>
        <translation>Tìm theo họ tên…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n ticked</source>
        <translation>
            <numerusform>Ghi danh %n người đã chọn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Enrolment with the province (optional)</source>
        <translation>Đăng ký máy với tỉnh (không bắt buộc)</translation>
    </message>
    <message>
        <source>If the province gave you an enrolment file for this computer, load it now. You can also skip this and load it later in Settings.</source>
        <translation>Nếu tỉnh đã cấp tệp đăng ký cho máy này, hãy nạp tệp ngay bây giờ. Bạn cũng có thể bỏ qua bước này và nạp sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>Choose enrolment file…</source>
        <translation>Chọn tệp đăng ký…</translation>
    </message>
    <message>
        <source>Do not use a file</source>
        <translation>Không dùng tệp</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <source>No file chosen: the computer is set up without enrolment.</source>
        <translation>Chưa chọn tệp: máy sẽ được cài đặt mà chưa đăng ký với tỉnh.</translation>
    </message>
</context>
<context>
    <name>EnrolmentTableModel</name>
    <message>
        <source>Outside participant</source>
        <translation>Người tham gia bên ngoài</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Số chứng chỉ</translation>
    </message>
</context>
<context>
    <name>EquipmentCategory</name>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Máy tính để bàn</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Máy tính xách tay</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>Wi-Fi access point</source>
        <translation>Thiết bị phát Wi-Fi</translation>
    </message>
    <message>
        <source>Network device (switch, router)</source>
        <translation>Thiết bị mạng (switch, router)</translation>
    </message>
    <message>
        <source>Security device</source>
        <translation>Thiết bị bảo mật</translation>
    </message>
    <message>
        <source>Storage device</source>
        <translation>Thiết bị lưu trữ</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Máy chiếu</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Ti vi</translation>
    </message>
    <message>
        <source>Uninterruptible power supply (UPS)</source>
        <translation>Bộ lưu điện (UPS)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <source>Item: {name}</source>
        <translation>Thiết bị: {name}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Thêm thiết bị</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Sử dụng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại thiết bị</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Kiểu máy</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>Ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Value (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Bảo hành đến ngày</translation>
    </message>
    <message>
        <source>Last inventory check</source>
        <translation>Ngày kiểm kê gần nhất</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Why the status changed</source>
        <translation>Lý do thay đổi tình trạng</translation>
    </message>
    <message>
        <source>e.g. paper jam, sent for repair</source>
        <translation>ví dụ: kẹt giấy, đã gửi đi sửa</translation>
    </message>
    <message>
        <source>Add official “{name}”…</source>
        <translation>Thêm cán bộ “{name}”…</translation>
    </message>
    <message>
        <source>{name} (no longer on the staff list)</source>
        <translation>{name} (không còn trong danh sách cán bộ, công chức)</translation>
    </message>
    <message>
        <source>Nobody; type a name to choose</source>
        <translation>Chưa có ai; gõ tên để chọn</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí đặt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Connected to the office network (LAN)</source>
        <translation>Kết nối mạng nội bộ (LAN)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Connected to the Internet</source>
        <translation>Kết nối Internet</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Lịch sử tình trạng</translation>
    </message>
    <message>
        <source>The history starts when the item is saved.</source>
        <translation>Lịch sử bắt đầu được ghi từ khi thiết bị được lưu.</translation>
    </message>
    <message>
        <source>Write the value in đồng as a whole number, for example 15.000.000.</source>
        <translation>Ghi giá trị bằng đồng, là số nguyên, ví dụ 15.000.000.</translation>
    </message>
    <message>
        <source>The warranty must end after the item was put into use.</source>
        <translation>Ngày hết bảo hành phải sau ngày đưa vào sử dụng.</translation>
    </message>
    <message>
        <source>Choose the holder from the list, or leave the field empty.</source>
        <translation>Chọn người sử dụng trong danh sách, hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Search: tag, serial, model, holder, place (Ctrl+F)</source>
        <translation>Tìm: mã tài sản, số sê-ri, kiểu máy, người sử dụng, vị trí (Ctrl+F)</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Đổi tình trạng…</translation>
    </message>
    <message>
        <source>Print asset labels…</source>
        <translation>In nhãn tài sản…</translation>
    </message>
    <message>
        <source>A4 sheets of QR labels for the stock-take: the selected item, or every item in use</source>
        <translation>Tờ nhãn mã QR khổ A4 để kiểm kê: thiết bị đang chọn, hoặc mọi thiết bị đang dùng</translation>
    </message>
    <message>
        <source>Record a new status of the selected item, e.g. broken (Ctrl+T)</source>
        <translation>Ghi tình trạng mới của thiết bị đang chọn, ví dụ: hỏng (Ctrl+T)</translation>
    </message>
    <message>
        <source>Delete {item} from the equipment list? If it was disposed of or lost, change its status instead, so its history is kept.</source>
        <translation>Xóa {item} khỏi danh sách thiết bị? Nếu thiết bị đã thanh lý hoặc bị mất, hãy đổi tình trạng thay vì xóa, để giữ lại lịch sử của thiết bị.</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Lưu nhãn tài sản thành</translation>
    </message>
    <message>
        <source>Printing asset labels</source>
        <translation>Đang in nhãn tài sản</translation>
    </message>
    <message>
        <source>{count} labels saved to “{path}” ({pages} pages); {assigned} items were given a tag.</source>
        <translation>Đã lưu {count} nhãn vào “{path}” ({pages} trang); đã cấp số hiệu cho {assigned} thiết bị.</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Nhãn tài sản</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>Trong kho</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>Đã thanh lý</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại thiết bị</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Kiểu máy</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí đặt</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày trang bị</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>Mạng LAN</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data is busy with another task. Nothing was changed; please try again in a moment.</source>
        <translation>Dữ liệu đang bận với một công việc khác. Chưa có gì bị thay đổi; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>Máy tính đã hết bộ nhớ. Hãy đóng các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>A file or folder could not be used: {reason}.</source>
        <translation>Không dùng được một tệp hoặc thư mục: {reason}.</translation>
    </message>
    <message>
        <source>Details were also written to the log file: {path}</source>
        <translation>Thông tin chi tiết cũng đã được ghi vào tệp nhật ký: {path}</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ẩn chi tiết</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Add or update records from an Excel or CSV file (Ctrl+I)</source>
        <translation>Thêm hoặc cập nhật bản ghi từ tệp Excel hoặc CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Save the whole list as an Excel or CSV file (Ctrl+E)</source>
        <translation>Lưu toàn bộ danh sách thành tệp Excel hoặc CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.csv)</source>
        <translation>Tệp Excel hoặc CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>{created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Thêm mới: {created}; cập nhật: {updated}; không thay đổi: {unchanged}.</translation>
    </message>
    <message>
        <source>Excel workbook, Vietnamese headings (*.xlsx)</source>
        <translation>Sổ tính Excel, tiêu đề tiếng Việt (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, English column names and codes for other programs (*.csv)</source>
        <translation>Tệp CSV, tên cột và mã bằng tiếng Anh cho phần mềm khác (*.csv)</translation>
    </message>
    <message>
        <source>Read from the sheet “{sheet}”.</source>
        <translation>Đã đọc từ trang tính “{sheet}”.</translation>
    </message>
    <message>
        <source>Save the list as</source>
        <translation>Lưu danh sách thành</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Đang xuất {file}…</translation>
    </message>
    <message>
        <source>A CSV file keeps the English column names and codes (such as full_name, in_use) that other programs and the import read; export to Excel for Vietnamese headings.</source>
        <translation>Tệp CSV giữ tên cột và mã bằng tiếng Anh (như full_name, in_use) để phần mềm khác và chức năng nhập đọc được; muốn có tiêu đề tiếng Việt, hãy xuất ra Excel.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>{count} rows were written to {file}.</source>
        <translation>Đã ghi {count} dòng vào {file}.</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>file name</comment>
        <translation>can-bo</translation>
    </message>
    <message>
        <source>equipment</source>
        <comment>file name</comment>
        <translation>thiet-bi</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Current officials</source>
        <translation>Cán bộ đang công tác</translation>
    </message>
    <message>
        <source>Former officials</source>
        <translation>Cán bộ đã thôi công tác</translation>
    </message>
    <message>
        <source>Current and former officials</source>
        <translation>Cán bộ đang và đã thôi công tác</translation>
    </message>
    <message>
        <source>All IT certificates</source>
        <translation>Tất cả chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>With any IT certificate</source>
        <translation>Có chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>Without an IT certificate</source>
        <translation>Chưa có chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>All professional levels</source>
        <translation>Tất cả trình độ chuyên môn</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Unit not given</source>
        <translation>Chưa ghi đơn vị</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả loại thiết bị</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>Still in stock (not disposed of or lost)</source>
        <translation>Còn quản lý (chưa thanh lý, không bị mất)</translation>
    </message>
    <message>
        <source>All holders</source>
        <translation>Tất cả người sử dụng</translation>
    </message>
    <message>
        <source>No holder</source>
        <translation>Chưa có người sử dụng</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>Protect the data with an account</source>
        <translation>Bảo vệ dữ liệu bằng tài khoản</translation>
    </message>
    <message>
        <source>This laptop travels and may be lost. With an account, the data on it is encrypted: nobody can read it without signing in. This first account is the administrator. The window closes while the data is encrypted and opens again when it is done; then the recovery key is shown once, to print.</source>
        <translation>Máy tính xách tay được mang đi nhiều nơi và có thể bị mất. Khi có tài khoản, dữ liệu trên máy được mã hóa: không ai đọc được nếu không đăng nhập. Tài khoản đầu tiên này là tài khoản quản trị. Cửa sổ sẽ đóng trong lúc mã hóa dữ liệu và mở lại khi xong; sau đó mã khôi phục được hiện một lần duy nhất để in.</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Mã hóa dữ liệu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FoundDialog</name>
    <message>
        <source>Found: condition and place</source>
        <translation>Đã thấy: tình trạng và nơi đặt</translation>
    </message>
    <message>
        <source>As in the register</source>
        <translation>Như trong sổ</translation>
    </message>
    <message>
        <source>Blank: where the register says</source>
        <translation>Để trống: nơi ghi trong sổ</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n thiết bị đã thấy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi đặt</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Quick guide</source>
        <translation>Hướng dẫn nhanh</translation>
    </message>
</context>
<context>
    <name>ImportQuestions</name>
    <message>
        <source>This file was imported on {when}; import it again?</source>
        <translation>Tệp này đã được nhập vào máy lúc {when}; nhập lại lần nữa?</translation>
    </message>
    <message>
        <source>Import again?</source>
        <translation>Nhập lại?</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({born})</source>
        <translation>Dòng {row}: {name} ({born})</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>không ghi ngày sinh</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>… và {count} dòng khác.</translation>
    </message>
    <message>
        <source>{count} rows of {file} have no id and the same name and birth date as officials already in the list:
{rows}
Add them as new officials anyway?</source>
        <translation>{count} dòng của tệp {file} không có mã và trùng họ tên, ngày sinh với cán bộ đã có trong danh sách:
{rows}
Vẫn thêm họ thành cán bộ mới?</translation>
    </message>
    <message>
        <source>Officials already in the list</source>
        <translation>Cán bộ đã có trong danh sách</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Vẫn thêm</translation>
    </message>
    <message>
        <source>Choose a sheet</source>
        <translation>Chọn trang tính</translation>
    </message>
    <message>
        <source>{file} has several sheets with data. Which one holds the list to import?</source>
        <translation>Tệp {file} có nhiều trang tính có dữ liệu. Danh sách cần nhập nằm ở trang nào?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>ItCertificate</name>
    <message>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Basic IT skills</source>
        <translation>Ứng dụng CNTT cơ bản</translation>
    </message>
    <message>
        <source>Advanced IT skills</source>
        <translation>Ứng dụng CNTT nâng cao</translation>
    </message>
    <message>
        <source>Certificate A</source>
        <translation>Chứng chỉ A</translation>
    </message>
    <message>
        <source>Certificate B</source>
        <translation>Chứng chỉ B</translation>
    </message>
    <message>
        <source>Certificate C</source>
        <translation>Chứng chỉ C</translation>
    </message>
    <message>
        <source>IT degree</source>
        <translation>Bằng chuyên ngành CNTT</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Print asset labels</source>
        <translation>In nhãn tài sản</translation>
    </message>
    <message>
        <source>{count} labels will be printed.</source>
        <translation>Sẽ in {count} nhãn.</translation>
    </message>
    <message>
        <source>Label paper</source>
        <translation>Khổ giấy nhãn</translation>
    </message>
    <message>
        <source>{category}: the category&apos;s code, {year}: the year bought, {n:02}: the next free number</source>
        <translation>{category}: mã loại thiết bị, {year}: năm mua, {n:02}: số thứ tự tiếp theo chưa dùng</translation>
    </message>
    <message>
        <source>Tag pattern</source>
        <translation>Mẫu số hiệu</translation>
    </message>
    <message>
        <source>Give the {count} items without an asset tag a tag from this pattern (otherwise they are left out)</source>
        <translation>Cấp số hiệu theo mẫu này cho {count} thiết bị chưa có số hiệu (nếu không, các thiết bị đó không được in nhãn)</translation>
    </message>
    <message>
        <source>A4, 24 labels (3 × 8, 70 × 37 mm)</source>
        <translation>A4, 24 nhãn (3 × 8, 70 × 37 mm)</translation>
    </message>
    <message>
        <source>A4, 21 labels (3 × 7, 63.5 × 38.1 mm)</source>
        <translation>A4, 21 nhãn (3 × 7, 63,5 × 38,1 mm)</translation>
    </message>
    <message>
        <source>A4, 14 labels (2 × 7, 99.1 × 38.1 mm)</source>
        <translation>A4, 14 nhãn (2 × 7, 99,1 × 38,1 mm)</translation>
    </message>
</context>
<context>
    <name>LegacyTitle</name>
    <message>
        <source>Military commander</source>
        <translation>Chỉ huy trưởng Quân sự</translation>
    </message>
    <message>
        <source>Office and statistics</source>
        <translation>Văn phòng - Thống kê</translation>
    </message>
    <message>
        <source>Land, construction, urban affairs and environment</source>
        <translation>Địa chính - Xây dựng - Đô thị và Môi trường</translation>
    </message>
    <message>
        <source>Finance and accounting</source>
        <translation>Tài chính - Kế toán</translation>
    </message>
    <message>
        <source>Justice and civil status</source>
        <translation>Tư pháp - Hộ tịch</translation>
    </message>
    <message>
        <source>Culture and social affairs</source>
        <translation>Văn hóa - Xã hội</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message>
        <source>Edit lesson</source>
        <translation>Sửa buổi học</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Thêm buổi học</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Ngày *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>The date must fall within the course ({period}).</source>
        <translation>Ngày học phải nằm trong thời gian của khóa học ({period}).</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>từ {start}</translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
</context>
<context>
    <name>LockBox</name>
    <message>
        <source>Lock</source>
        <translation>Khóa máy</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Tự khóa sau</translation>
    </message>
    <message>
        <source>minutes without use</source>
        <translation>phút không dùng</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>This computer is locked</source>
        <translation>Máy đã khóa</translation>
    </message>
    <message>
        <source>Another account signs in here and works with its own role; the page and any unsaved form stay as they are.</source>
        <translation>Một tài khoản khác đăng nhập tại đây và làm việc với vai trò của mình; trang đang mở và biểu mẫu chưa lưu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The data is hidden while the computer is locked. Type the password of “{name}” ({role}) to go on where you left off.</source>
        <translation>Dữ liệu được che khi máy khóa. Nhập mật khẩu của “{name}” ({role}) để làm tiếp từ chỗ đang dở.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Back to “{name}”</source>
        <translation>Quay lại “{name}”</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Đổi người dùng…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Commune IT Register</source>
        <translation>Sổ theo dõi CNTT cấp xã</translation>
    </message>
    <message>
        <source>This computer: {name}</source>
        <translation>Máy này: {name}</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>A task is still running</source>
        <translation>Công việc chưa xong</translation>
    </message>
    <message>
        <source>A task is still running. Stop it and close the program?</source>
        <translation>Một công việc vẫn đang chạy. Dừng công việc đó và đóng chương trình?</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Dừng và đóng</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name this computer</source>
        <translation>Đặt tên cho máy này</translation>
    </message>
    <message>
        <source>The province sees this name in its list of devices. You can keep the suggestion.</source>
        <translation>Tỉnh sẽ thấy tên này trong danh sách các máy. Bạn có thể giữ tên được gợi ý.</translation>
    </message>
    <message>
        <source>Name of this computer:</source>
        <translation>Tên của máy này:</translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <source>Account name:</source>
        <translation>Tên tài khoản:</translation>
    </message>
    <message>
        <source>Password (10 characters or more):</source>
        <translation>Mật khẩu (từ 10 ký tự):</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>OpenRoundDialog</name>
    <message>
        <source>Open a stock-take round</source>
        <translation>Mở đợt kiểm kê</translation>
    </message>
    <message>
        <source>The stock-take committee, the chair first: each member&apos;s name and role, as the report will print them for signing.</source>
        <translation>Ban kiểm kê, trưởng ban đứng đầu: họ tên và chức vụ của từng thành viên, như biên bản sẽ in để ký.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ trong ban</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Bỏ thành viên đang chọn</translation>
    </message>
    <message>
        <source>Open the round</source>
        <translation>Mở đợt kiểm kê</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Enter the name of at least the committee&apos;s chair.</source>
        <translation>Nhập ít nhất họ tên trưởng ban kiểm kê.</translation>
    </message>
    <message>
        <source>The round cannot open on a day still to come.</source>
        <translation>Không thể mở đợt kiểm kê vào một ngày chưa tới.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Equipment by status</source>
        <translation>Thiết bị theo tình trạng</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Officials with an IT certificate</source>
        <translation>Có chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>Officials with basic digital skills confirmed</source>
        <translation>Cán bộ đã được xác nhận kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>Officials trained this year</source>
        <translation>Được bồi dưỡng CNTT trong năm</translation>
    </message>
    <message>
        <source>Computers per official</source>
        <translation>Máy tính bình quân mỗi người</translation>
    </message>
    <message>
        <source>Computers on the office network (LAN)</source>
        <translation>Máy tính nối mạng LAN</translation>
    </message>
    <message>
        <source>Computers connected to the Internet</source>
        <translation>Máy tính kết nối Internet</translation>
    </message>
    <message>
        <source>Broken equipment</source>
        <translation>Thiết bị hỏng</translation>
    </message>
    <message>
        <source>Equipment over {years} years old</source>
        <translation>Thiết bị dùng trên {years} năm</translation>
    </message>
    <message>
        <source>Warranty ending within 90 days</source>
        <translation>Hết bảo hành trong 90 ngày tới</translation>
    </message>
    <message>
        <source>Officials without an IT certificate</source>
        <translation>Cán bộ chưa có chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Việc cần chú ý</translation>
    </message>
    <message>
        <source>{share} of officials</source>
        <translation>{share} số cán bộ, công chức</translation>
    </message>
    <message>
        <source>{share} of computers in use</source>
        <translation>{share} số máy tính đang dùng</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computers in use</source>
        <translation>
            <numerusform>%Ln máy tính đang dùng</numerusform>
        </translation>
    </message>
    <message>
        <source>not counting items disposed of or lost</source>
        <translation>không tính thiết bị đã thanh lý hoặc bị mất</translation>
    </message>
    <message>
        <source>Total: {count}</source>
        <translation>Tổng cộng: {count}</translation>
    </message>
    <message>
        <source>broken since {date}</source>
        <translation>hỏng từ {date}</translation>
    </message>
    <message>
        <source>warranty ends {date}</source>
        <translation>hết bảo hành ngày {date}</translation>
    </message>
    <message>
        <source>Nothing to look at</source>
        <translation>Không có mục nào</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} mục khác</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Add an outside participant</source>
        <translation>Thêm người tham gia bên ngoài</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation>Đơn vị, cơ quan</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s name.</source>
        <translation>Nhập họ tên của người tham gia.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Chosen: {names}</source>
        <translation>Đã chọn: {names}</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Chưa chọn xã nào.</translation>
    </message>
    <message>
        <source>Where is this computer used?</source>
        <translation>Máy này được dùng ở đâu?</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <source>Commune or ward:</source>
        <translation>Xã, phường:</translation>
    </message>
    <message>
        <source>Type part of the name, e.g. muong phang</source>
        <translation>Gõ một phần của tên, ví dụ: muong phang</translation>
    </message>
    <message>
        <source>Tick every commune where you teach.</source>
        <translation>Đánh dấu mọi xã mà bạn giảng dạy.</translation>
    </message>
    <message>
        <source>Choose your commune in the list.</source>
        <translation>Chọn xã của bạn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>PoliticalTheory</name>
    <message>
        <source>No training</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Cao cấp</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ProfessionalLevel</name>
    <message>
        <source>No professional training</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Cao đẳng</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Thạc sĩ</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Tiến sĩ</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Không được để trống ô này.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Giá trị không được là số âm.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Hãy chọn một giá trị trong danh sách.</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>Hãy rút gọn, tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Không lưu được giá trị này.</translation>
    </message>
    <message>
        <source>This date does not exist: check the day and month.</source>
        <translation>Ngày này không có thật: hãy xem lại ngày và tháng.</translation>
    </message>
    <message>
        <source>Write the date as dd/mm/yyyy, for example 05/02/2026.</source>
        <translation>Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/02/2026.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Ngày này không được sau ngày hôm nay.</translation>
    </message>
</context>
<context>
    <name>RecordQuestion</name>
    <message>
        <source>Untick anyone whose record should stay as it is (Space). A record can still be changed on the officials&apos; page.</source>
        <translation>Bỏ dấu chọn người nào cần giữ nguyên hồ sơ (phím cách). Hồ sơ vẫn sửa được ở trang Cán bộ, công chức.</translation>
    </message>
    <message>
        <source>Leave the records as they are</source>
        <translation>Giữ nguyên hồ sơ</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery paper kept in the commune office&apos;s safe (the groups of digits; spaces and dashes do not matter), then a new password.</source>
        <translation>Nhập mã khôi phục trên Giấy khôi phục cất trong tủ của UBND xã (các nhóm chữ số; có dấu cách hay dấu gạch đều được), rồi nhập mật khẩu mới.</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Mã khôi phục:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Đang kiểm tra mã khôi phục…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>The data on this computer is now encrypted. This recovery key opens it when a password is forgotten. It is shown only now: print the recovery paper, have it signed and keep it in the commune office&apos;s safe.</source>
        <translation>Dữ liệu trên máy này đã được mã hóa. Mã khôi phục này mở được dữ liệu khi quên mật khẩu. Mã chỉ hiện lần này: hãy in Giấy khôi phục, ký xác nhận và cất trong tủ của UBND xã.</translation>
    </message>
    <message>
        <source>Save recovery paper (PDF)…</source>
        <translation>Lưu Giấy khôi phục (PDF)…</translation>
    </message>
    <message>
        <source>Print recovery paper…</source>
        <translation>In Giấy khôi phục…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery paper</source>
        <translation>Tôi đã in hoặc lưu giấy khôi phục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save recovery paper</source>
        <translation>Lưu Giấy khôi phục</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved to “{path}”.</source>
        <translation>Đã lưu vào “{path}”.</translation>
    </message>
    <message>
        <source>Recovery paper</source>
        <translation>Giấy khôi phục</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>The recovery paper was sent to the printer.</source>
        <translation>Đã gửi Giấy khôi phục tới máy in.</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is on and connected, then try again.</source>
        <translation>Không mở được máy in. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Thêm bản ghi (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Mở bản ghi đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Xóa bản ghi đang chọn (Del)</translation>
    </message>
    <message>
        <source>This computer only shows this list; the commune office&apos;s computer keeps it up to date.</source>
        <translation>Máy này chỉ xem được danh sách này; việc cập nhật do máy văn phòng xã thực hiện.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang chuẩn bị báo cáo…</translation>
    </message>
    <message>
        <source>Laying out the other pages…</source>
        <translation>Đang dàn trang các trang còn lại…</translation>
    </message>
    <message>
        <source>Laying out the report, page {page}</source>
        <translation>Đang dàn trang báo cáo, trang {page}</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Chuẩn bị báo cáo</translation>
    </message>
    <message>
        <source>{pages} pages.</source>
        <translation>{pages} trang.</translation>
    </message>
    <message>
        <source>Stopped: only the first pages are shown. Choose the report again to lay it out whole.</source>
        <translation>Đã dừng: chỉ hiện các trang đầu. Chọn lại báo cáo để dàn trang toàn bộ.</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Không chuẩn bị được báo cáo.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Đang lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved to “{path}”.</source>
        <translation>Đã lưu vào “{path}”.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>Đã gửi {pages} trang tới máy in.</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is on and connected, then try again.</source>
        <translation>Không mở được máy in. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose a report to see it here.</source>
        <translation>Chọn một báo cáo để xem trước ở đây.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký nhận</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Tổng hợp điểm danh</translation>
    </message>
    <message>
        <source>Equipment inventory</source>
        <translation>Kiểm kê thiết bị</translation>
    </message>
    <message>
        <source>Staff qualifications</source>
        <translation>Trình độ cán bộ, công chức</translation>
    </message>
    <message>
        <source>ICT indicators</source>
        <translation>Chỉ tiêu CNTT</translation>
    </message>
    <message>
        <source>No course yet</source>
        <translation>Chưa có khóa học nào</translation>
    </message>
    <message>
        <source>Lesson {number}: {day}</source>
        <translation>Buổi {number}: {day}</translation>
    </message>
    <message>
        <source>No lesson yet</source>
        <translation>Chưa có buổi học nào</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>&amp;Khóa học:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>B&amp;uổi học:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel (XLSX)…</source>
        <translation>Lưu thành &amp;Excel (XLSX)…</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Results of the course</source>
        <translation>Kết quả khóa học</translation>
    </message>
    <message>
        <source>No IT certificate</source>
        <translation>Không cấp chứng chỉ tin học</translation>
    </message>
    <message>
        <source>Result: type {passed_key} for “{passed}” or {failed_key} for “{failed}”, Delete clears; then the certificate number. Enter: next person · Ctrl+Enter: save.</source>
        <translation>Kết quả: gõ {passed_key} là “{passed}”, {failed_key} là “{failed}”, Delete để xóa; rồi gõ số chứng chỉ. Enter: sang người tiếp theo · Ctrl+Enter: lưu.</translation>
    </message>
    <message>
        <source>Certificate the course gives:</source>
        <translation>Chứng chỉ khóa học cấp:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Số chứng chỉ</translation>
    </message>
    <message>
        <source>A certificate number is given only with the result “{passed}”.</source>
        <translation>Chỉ ghi số chứng chỉ cho người có kết quả “{passed}”.</translation>
    </message>
    <message>
        <source>Shorten this text to at most {limit} characters.</source>
        <translation>Hãy rút gọn, tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>Type this value again: it holds a character that is not a letter.</source>
        <translation>Hãy gõ lại giá trị này: trong đó có ký tự không phải chữ.</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Không lưu được giá trị này.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Which computer is this?</source>
        <translation>Đây là máy nào?</translation>
    </message>
    <message>
        <source>Welcome. A few questions set this computer up; nothing is saved until you press Finish.</source>
        <translation>Xin chào. Hãy trả lời vài câu hỏi để cài đặt máy này; chưa có gì được lưu cho đến khi bạn bấm Hoàn tất.</translation>
    </message>
    <message>
        <source>The commune office&apos;s computer</source>
        <translation>Máy văn phòng xã</translation>
    </message>
    <message>
        <source>The commune&apos;s officers keep their register of staff, equipment and training on it.</source>
        <translation>Cán bộ, công chức xã dùng máy này để theo dõi cán bộ, công chức, thiết bị và đào tạo.</translation>
    </message>
    <message>
        <source>A trainer&apos;s computer</source>
        <translation>Máy giảng viên</translation>
    </message>
    <message>
        <source>A trainer of the provincial department records classes in one or more communes on it.</source>
        <translation>Giảng viên của Sở dùng máy này để ghi lại các lớp học tại một hoặc nhiều xã.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Only an administrator can do this; “{name}” is signed in as {role}.</source>
        <translation>Chỉ quản trị viên được làm việc này; “{name}” đang đăng nhập với vai trò {role}.</translation>
    </message>
    <message>
        <source>“{name}” is signed in as {role}: this account can read and print, not change the data.</source>
        <translation>“{name}” đăng nhập với vai trò {role}: tài khoản này được đọc và in, không được sửa dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>This computer is now enrolled as “{name}”. From the next sync on, the province sees it under this name.</source>
        <translation>Máy này đã được đăng ký với tên “{name}”. Từ lần đồng bộ tới, tỉnh sẽ thấy máy dưới tên này.</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <source>Trainer&apos;s computer</source>
        <translation>Máy giảng viên</translation>
    </message>
    <message>
        <source>Commune office computer</source>
        <translation>Máy văn phòng xã</translation>
    </message>
    <message>
        <source>Not enrolled with the province yet</source>
        <translation>Chưa đăng ký với tỉnh</translation>
    </message>
    <message>
        <source>Enrolled on {date}; waiting for the province to confirm</source>
        <translation>Đã đăng ký ngày {date}; đang chờ tỉnh xác nhận</translation>
    </message>
    <message>
        <source>Enrolled on {date}; confirmed by the province</source>
        <translation>Đã đăng ký ngày {date}; tỉnh đã xác nhận</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>The translation file for this language is missing; the window shows English.</source>
        <translation>Thiếu tệp bản dịch của ngôn ngữ này; giao diện đang hiển thị tiếng Anh.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Department name (on reports):</source>
        <translation>Tên Sở (ghi trên báo cáo):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Mã máy:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại máy:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <source>Communes:</source>
        <translation>Xã:</translation>
    </message>
    <message>
        <source>Enrolment:</source>
        <translation>Đăng ký với tỉnh:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Load enrolment file…</source>
        <translation>Nạp tệp đăng ký…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>This computer is set up; only the enrolment file was not taken. Open the program without it? You can load the file later in Settings.</source>
        <translation>Máy này đã được cài đặt, chỉ có tệp đăng ký là chưa nạp được. Mở chương trình mà không dùng tệp? Có thể nạp tệp sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>Open without the file</source>
        <translation>Mở, không dùng tệp</translation>
    </message>
    <message>
        <source>Quit without setting up this computer? Nothing has been saved: the next time the program starts, it asks these questions again.</source>
        <translation>Thóat mà không cài đặt máy này? Chưa có gì được lưu: lần sau mở chương trình, các câu hỏi này sẽ được hỏi lại từ đầu.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thóat</translation>
    </message>
    <message>
        <source>Stop the setup?</source>
        <translation>Dừng cài đặt?</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Tiếp tục cài đặt</translation>
    </message>
    <message>
        <source>Setting up this computer…</source>
        <translation>Đang cài đặt máy này…</translation>
    </message>
    <message>
        <source>This computer is set up, but the enrolment file was not taken: {reason} Choose another file, or finish without one.</source>
        <translation>Máy này đã được cài đặt, nhưng không nạp được tệp đăng ký: {reason} Hãy chọn tệp khác, hoặc hoàn tất mà không dùng tệp.</translation>
    </message>
    <message>
        <source>Set up this computer</source>
        <translation>Cài đặt máy này</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>The data on this computer is encrypted. Sign in with your account to open it.</source>
        <translation>Dữ liệu trên máy này đã được mã hóa. Hãy đăng nhập bằng tài khoản của mình để mở.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Quên mật khẩu?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thóat</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
    <message>
        <source>A new password is set for “{name}”: sign in with it.</source>
        <translation>Đã đặt mật khẩu mới cho “{name}”: hãy đăng nhập bằng mật khẩu đó.</translation>
    </message>
</context>
<context>
    <name>SkillsQuestion</name>
    <message>
        <source>Confirm basic digital skills?</source>
        <translation>Xác nhận kỹ năng số cơ bản?</translation>
    </message>
    <message numerus="yes">
        <source>%n official(s) passed “{title}”, a basic digital skills course, but their record does not show their basic digital skills as confirmed yet. Confirm them?</source>
        <translation>
            <numerusform>%n cán bộ đã đạt khóa “{title}” (khóa học kỹ năng số cơ bản), nhưng hồ sơ của họ chưa ghi đã xác nhận kỹ năng số cơ bản. Ghi xác nhận vào hồ sơ của họ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed on: {date} · how: {method}</source>
        <translation>Ngày xác nhận: {date} · hình thức: {method}</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n record(s)</source>
        <translation>
            <numerusform>Xác nhận %n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Official: {name}</source>
        <translation>Cán bộ, công chức: {name}</translation>
    </message>
    <message>
        <source>New official</source>
        <translation>Thêm cán bộ, công chức</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Công tác</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo, bồi dưỡng</translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation>Kỹ năng CNTT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Type to search, e.g. thai, hmong</source>
        <translation>Gõ để tìm, ví dụ: thai, hmong</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Vị trí việc làm</translation>
    </message>
    <message>
        <source>Former title (before 2025)</source>
        <translation>Chức danh cũ (trước năm 2025)</translation>
    </message>
    <message>
        <source>In service since</source>
        <translation>Ngày bắt đầu công tác</translation>
    </message>
    <message>
        <source>Left service on</source>
        <translation>Ngày thôi công tác</translation>
    </message>
    <message>
        <source>General education (e.g. 12/12)</source>
        <translation>Trình độ giáo dục phổ thông (ví dụ 12/12)</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Chuyên ngành đào tạo</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>Quản lý nhà nước</translation>
    </message>
    <message>
        <source>Ethnic minority languages</source>
        <translation>Tiếng dân tộc thiểu số</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>Chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Ngày cấp chứng chỉ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Uses the official e-mail</source>
        <translation>Dùng thư điện tử công vụ</translation>
    </message>
    <message>
        <source>Basic digital skills confirmed</source>
        <translation>Đã xác nhận kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Ngày xác nhận</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Hình thức xác nhận</translation>
    </message>
    <message>
        <source>Enter the official&apos;s full name.</source>
        <translation>Nhập họ và tên của cán bộ, công chức.</translation>
    </message>
    <message>
        <source>Tick “Basic digital skills confirmed” first, or leave this field empty.</source>
        <translation>Hãy đánh dấu “Đã xác nhận kỹ năng số cơ bản” trước, hoặc để trống ô này.</translation>
    </message>
    <message>
        <source>Choose an ethnic group from the list, or leave the field empty.</source>
        <translation>Chọn dân tộc trong danh sách, hoặc để trống.</translation>
    </message>
    <message>
        <source>Write the phone number in digits (9 to 12), for example 0912 345 678.</source>
        <translation>Ghi số điện thoại bằng chữ số (từ 9 đến 12 số), ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <source>Check the e-mail address, for example ten@dienbien.gov.vn.</source>
        <translation>Kiểm tra lại địa chỉ thư điện tử, ví dụ ten@dienbien.gov.vn.</translation>
    </message>
    <message>
        <source>Check the date of birth: the official would be {age} years old.</source>
        <translation>Kiểm tra lại ngày sinh: theo ngày này, cán bộ, công chức đã {age} tuổi.</translation>
    </message>
    <message>
        <source>The end of service must come after its start.</source>
        <translation>Ngày thôi công tác phải sau ngày bắt đầu công tác.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search by name… (Ctrl+F)</source>
        <translation>Tìm theo họ tên… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Xóa thông tin cá nhân…</translation>
    </message>
    <message>
        <source>Erase the personal data of an official who left service (administrator)</source>
        <translation>Xóa thông tin cá nhân của một cán bộ đã thôi việc (quản trị)</translation>
    </message>
    <message>
        <source>Delete {name} from the staff list? The record is kept as deleted and the deletion is sent to the province at the next sync.</source>
        <translation>Xóa {name} khỏi danh sách cán bộ, công chức? Bản ghi được giữ lại ở trạng thái đã xóa, và việc xóa sẽ được gửi lên tỉnh ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Erase the personal data of “{name}”?

Their name, date of birth, gender, ethnicity, minority languages, phone, e-mail and former district and commune are removed from this computer and, at the next sync, from the province&apos;s server and the other computers.

The record stays, anonymous, so the figures still count it (unit, position, qualifications, years of service).

This cannot be undone.</source>
        <translation>Xóa thông tin cá nhân của “{name}”?

Họ tên, ngày sinh, giới tính, dân tộc, tiếng dân tộc thiểu số, điện thoại, thư điện tử và huyện, xã cũ sẽ bị xóa khỏi máy này và, ở lần đồng bộ tới, khỏi máy chủ của tỉnh và các máy khác.

Hồ sơ vẫn được giữ, ẩn danh, để số liệu vẫn tính đến (đơn vị, chức vụ, trình độ, thời gian công tác).

Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Xóa thông tin cá nhân</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>The personal data of “{name}” were erased. The record stays in the list, anonymous.</source>
        <translation>Đã xóa thông tin cá nhân của “{name}”. Hồ sơ vẫn còn trong danh sách, ẩn danh.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(đã xóa thông tin cá nhân)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí việc làm</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>Chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
</context>
<context>
    <name>StateManagement</name>
    <message>
        <source>No training</source>
        <translation>Chưa qua bồi dưỡng</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Principal officer</source>
        <translation>Chuyên viên chính</translation>
    </message>
    <message>
        <source>Senior officer</source>
        <translation>Chuyên viên cao cấp</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status: {item}</source>
        <translation>Đổi tình trạng: {item}</translation>
    </message>
    <message>
        <source>Now: {status}</source>
        <translation>Hiện tại: {status}</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Tình trạng mới</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>e.g. paper jam, sent for repair</source>
        <translation>ví dụ: kẹt giấy, đã gửi đi sửa</translation>
    </message>
    <message>
        <source>Choose the new status.</source>
        <translation>Chọn tình trạng mới.</translation>
    </message>
    <message>
        <source>Enter the date of the change.</source>
        <translation>Nhập ngày thay đổi.</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Người đăng nhập: {name} ({role})</translation>
    </message>
    <message>
        <source>Changes not sent yet: {count}</source>
        <translation>Thay đổi chưa gửi: {count}</translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation>Không có thay đổi nào chờ gửi</translation>
    </message>
    <message>
        <source>Sent, waiting for the province&apos;s receipt: {count}</source>
        <translation>Đã gửi, chờ biên nhận của tỉnh: {count}</translation>
    </message>
    <message>
        <source>Conflicts to review: {count}</source>
        <translation>Xung đột cần xem xét: {count}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Đồng bộ lần gần nhất: {when}</translation>
    </message>
    <message>
        <source>Not enrolled with the province yet</source>
        <translation>Chưa đăng ký với tỉnh</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Close the stock-take round</source>
        <translation>Kết thúc đợt kiểm kê</translation>
    </message>
    <message>
        <source>%n item(s) of the book were not found. Does the committee confirm them lost? Confirmed, they are recorded as lost in the register; otherwise they stay as they are and the report shows them missing.</source>
        <translation>%n thiết bị trong sổ không tìm thấy. Ban kiểm kê có xác nhận bị mất không? Nếu xác nhận, sổ ghi các thiết bị này là bị mất; nếu không, chúng giữ nguyên và biên bản ghi là thiếu.</translation>
    </message>
    <message>
        <source>Confirm them lost and close</source>
        <translation>Xác nhận bị mất và kết thúc</translation>
    </message>
    <message>
        <source>Close without confirming</source>
        <translation>Kết thúc, chưa xác nhận mất</translation>
    </message>
    <message>
        <source>Every item of the book was found. Close the round?</source>
        <translation>Đã thấy đủ mọi thiết bị trong sổ. Kết thúc đợt kiểm kê?</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Kết thúc đợt kiểm kê</translation>
    </message>
    <message>
        <source>Save the stock-take report as</source>
        <translation>Lưu biên bản kiểm kê thành</translation>
    </message>
    <message>
        <source>A scanner&apos;s file of tags</source>
        <translation>Tệp mã tài sản của máy quét</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Tệp văn bản (*.txt *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Taking in the scanner&apos;s file</source>
        <translation>Đang nhập tệp quét</translation>
    </message>
    <message>
        <source>The round is closed: {checked} items counted, {lost} recorded as lost, {unconfirmed} missing not confirmed. Save the stock-take report (biên bản kiểm kê) as PDF and open it?</source>
        <translation>Đã kết thúc đợt kiểm kê: {checked} thiết bị đã kiểm, {lost} ghi là bị mất, {unconfirmed} thiếu chưa xác nhận. Lưu biên bản kiểm kê thành tệp PDF và mở ra?</translation>
    </message>
    <message>
        <source>Stock-take round closed</source>
        <translation>Đã kết thúc đợt kiểm kê</translation>
    </message>
    <message>
        <source>Save and open the report…</source>
        <translation>Lưu và mở biên bản…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Writing the stock-take report</source>
        <translation>Đang lập biên bản kiểm kê</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>Open a stock-take round…</source>
        <translation>Mở đợt kiểm kê…</translation>
    </message>
    <message>
        <source>Take in a scanner&apos;s file…</source>
        <translation>Nhập tệp quét…</translation>
    </message>
    <message>
        <source>A file of tags, one a line, as a scanner&apos;s memory dumps them</source>
        <translation>Tệp mã tài sản, mỗi dòng một mã, như bộ nhớ máy quét xuất ra</translation>
    </message>
    <message>
        <source>Close the stock-take round…</source>
        <translation>Kết thúc đợt kiểm kê…</translation>
    </message>
    <message>
        <source>The commune office&apos;s laptop closes the round</source>
        <translation>Máy văn phòng xã kết thúc đợt kiểm kê (việc này cập nhật sổ thiết bị)</translation>
    </message>
    <message>
        <source>&amp;Scan or type an asset tag, then Enter:</source>
        <translation>&amp;Quét hoặc gõ mã tài sản rồi nhấn Enter:</translation>
    </message>
    <message>
        <source>e.g. MP-PC-2017-03</source>
        <translation>ví dụ MP-PC-2017-03</translation>
    </message>
    <message>
        <source>Found…</source>
        <translation>Đã thấy…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <source>Mark found…</source>
        <translation>Đánh dấu đã thấy…</translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation>Đánh dấu không thấy</translation>
    </message>
    <message>
        <source>Round opened on {day} by the committee: {committee}.</source>
        <translation>Đợt kiểm kê mở ngày {day}, ban kiểm kê: {committee}.</translation>
    </message>
    <message>
        <source>No stock-take round has been held on this register yet. Open one to count the equipment against the book.</source>
        <translation>Chưa có đợt kiểm kê nào trên sổ này. Mở một đợt để kiểm thiết bị thực tế so với sổ.</translation>
    </message>
    <message>
        <source>Last stock-take: {opened} to {closed}. Of {book} items in the book, {counted} were counted and {missing} missing; {surplus} found that were not in the book.</source>
        <translation>Đợt kiểm kê gần nhất: từ {opened} đến {closed}. Trong {book} thiết bị theo sổ, đã kiểm {counted}, thiếu {missing}; thừa {surplus} (có thực tế, không có trong sổ).</translation>
    </message>
    <message>
        <source>Counted {answered}/{book} · found {found} · missing {missing} · not in the book {surplus}</source>
        <translation>Đã kiểm {answered}/{book} · thấy {found} · thiếu {missing} · thừa {surplus}</translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại thiết bị</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi đặt</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Chưa kiểm</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Đã kiểm</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Not in the book (surplus)</source>
        <translation>Thừa (không có trong sổ)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Not in the book</source>
        <translation>Thừa (không có trong sổ)</translation>
    </message>
</context>
<context>
    <name>SyncAvailability</name>
    <message>
        <source>Wait until the task under way has finished.</source>
        <translation>Hãy chờ việc đang làm xong.</translation>
    </message>
    <message>
        <source>Load the enrolment file the province gave you first (the “Load enrolment file…” button above).</source>
        <translation>Hãy nạp tệp đăng ký do tỉnh cấp trước (nút “Nạp tệp đăng ký…” ở trên).</translation>
    </message>
    <message>
        <source>Not available yet: this computer is not enrolled with the province. Load the enrolment file the province gave you (button above); these buttons open then.</source>
        <translation>Chưa dùng được: máy này chưa đăng ký với tỉnh. Hãy nạp tệp đăng ký do tỉnh cấp (nút ở trên); sau đó các nút này sẽ dùng được.</translation>
    </message>
    <message>
        <source>Not available yet: load the enrolment file first (button above).</source>
        <translation>Chưa dùng được: hãy nạp tệp đăng ký trước (nút ở trên).</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one in, or choose a folder.</source>
        <translation>Không thấy ổ USB nào. Hãy cắm ổ USB, hoặc chọn một thư mục.</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in (the page looks every few seconds), or use the folder buttons.</source>
        <translation>Không thấy ổ USB: hãy cắm ổ vào (trang tự tìm lại sau vài giây), hoặc dùng các nút chọn thư mục.</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Record deleted</source>
        <translation>Bản ghi bị xóa</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí việc làm</translation>
    </message>
    <message>
        <source>Former commune title</source>
        <translation>Chức danh cấp xã trước đây</translation>
    </message>
    <message>
        <source>General education</source>
        <translation>Trình độ giáo dục phổ thông</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Chuyên ngành đào tạo</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>Quản lý nhà nước</translation>
    </message>
    <message>
        <source>IT certificate</source>
        <translation>Chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>IT certificate date</source>
        <translation>Ngày cấp chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>IT certificate issued by</source>
        <translation>Nơi cấp chứng chỉ CNTT</translation>
    </message>
    <message>
        <source>Ethnic minority languages</source>
        <translation>Tiếng dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Uses the official e-mail</source>
        <translation>Dùng thư điện tử công vụ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Start of service</source>
        <translation>Ngày bắt đầu công tác</translation>
    </message>
    <message>
        <source>End of service</source>
        <translation>Ngày thôi công tác</translation>
    </message>
    <message>
        <source>Former district</source>
        <translation>Huyện trước đây</translation>
    </message>
    <message>
        <source>Former commune</source>
        <translation>Xã trước đây</translation>
    </message>
    <message>
        <source>Basic digital skills</source>
        <translation>Kỹ năng số cơ bản</translation>
    </message>
    <message>
        <source>Digital skills confirmed on</source>
        <translation>Ngày xác nhận kỹ năng số</translation>
    </message>
    <message>
        <source>Digital skills confirmed by</source>
        <translation>Hình thức xác nhận kỹ năng số</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại thiết bị</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Kiểu máy</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <source>Date acquired</source>
        <translation>Ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Value (VND)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí đặt</translation>
    </message>
    <message>
        <source>On the office network (LAN)</source>
        <translation>Kết nối mạng nội bộ (LAN)</translation>
    </message>
    <message>
        <source>Connected to the Internet</source>
        <translation>Kết nối Internet</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Ngày hết bảo hành</translation>
    </message>
    <message>
        <source>Last inventory check</source>
        <translation>Ngày kiểm kê gần nhất</translation>
    </message>
    <message>
        <source>Date of change</source>
        <translation>Ngày thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Tên khóa học</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Lesson date</source>
        <translation>Ngày của buổi học</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Participant&apos;s unit</source>
        <translation>Đơn vị của người tham gia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Số chứng chỉ</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Loading the enrolment file…</source>
        <translation>Đang nạp tệp đăng ký…</translation>
    </message>
    <message>
        <source>Choose the folder to write to</source>
        <translation>Chọn thư mục để ghi</translation>
    </message>
    <message>
        <source>Writing to {place}…</source>
        <translation>Đang ghi vào {place}…</translation>
    </message>
    <message>
        <source>Choose the folder to read</source>
        <translation>Chọn thư mục để đọc</translation>
    </message>
    <message>
        <source>Choose the files from the province</source>
        <translation>Chọn các tệp do tỉnh gửi</translation>
    </message>
    <message>
        <source>Sync files (*.citb);;All files (*)</source>
        <translation>Tệp đồng bộ (*.citb);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading from {place}…</source>
        <translation>Đang đọc từ {place}…</translation>
    </message>
    <message>
        <source>Syncing with the province…</source>
        <translation>Đang đồng bộ với tỉnh…</translation>
    </message>
    <message>
        <source>Saving your choice…</source>
        <translation>Đang lưu lựa chọn…</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Your choice was saved. It reaches the other computers at the next sync.</source>
        <translation>Đã lưu lựa chọn. Các máy khác sẽ nhận được ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Nothing to send: the province has every change. Nothing was written to {place}.</source>
        <translation>Không có gì cần gửi: tỉnh đã có mọi thay đổi. Không ghi gì vào {place}.</translation>
    </message>
    <message>
        <source>Take the files to the province. The changes count as received once its answer is imported here.</source>
        <translation>Hãy mang các tệp lên tỉnh. Các thay đổi chỉ được tính là tỉnh đã nhận khi tệp trả lời của tỉnh được nhập vào máy này.</translation>
    </message>
    <message>
        <source>No files for this computer were found in {place}.</source>
        <translation>Không tìm thấy tệp nào dành cho máy này trong {place}.</translation>
    </message>
    <message>
        <source>The province has received every change made on this computer.</source>
        <translation>Tỉnh đã nhận đủ mọi thay đổi của máy này.</translation>
    </message>
    <message>
        <source>The province confirmed receiving changes from this computer: %Ln.</source>
        <translation>Tỉnh đã xác nhận nhận được %Ln thay đổi của máy này.</translation>
    </message>
    <message>
        <source>Changes from the province applied here: %Ln.</source>
        <translation>Đã cập nhật %Ln thay đổi từ tỉnh.</translation>
    </message>
    <message>
        <source>Nothing new from the province.</source>
        <translation>Không có thay đổi mới từ tỉnh.</translation>
    </message>
    <message>
        <source>Files that could not be taken: %Ln (marked below).</source>
        <translation>Có %Ln tệp không nhận được (đánh dấu bên dưới).</translation>
    </message>
    <message>
        <source>Written: {file}</source>
        <translation>Đã ghi: {file}</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent is kept; the rest goes at the next sync.</source>
        <translation>Đã hủy. Phần đã gửi vẫn được giữ; phần còn lại sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Sync with the province finished.</source>
        <translation>Đã đồng bộ xong với tỉnh.</translation>
    </message>
    <message>
        <source>The province has confirmed this computer.</source>
        <translation>Tỉnh đã xác nhận máy này.</translation>
    </message>
    <message>
        <source>Changes sent: {changes}. Bundles the province confirmed: {confirmed}.</source>
        <translation>Số thay đổi đã gửi: {changes}. Số gói tỉnh đã xác nhận: {confirmed}.</translation>
    </message>
    <message>
        <source>Changes received: {changes}.</source>
        <translation>Số thay đổi đã nhận: {changes}.</translation>
    </message>
    <message>
        <source>Could not reach the server ({reason}); trying again (try {attempt}) in {seconds} s…</source>
        <translation>Không kết nối được máy chủ ({reason}), thử lại lần {attempt} sau {seconds} giây…</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Not enrolled yet: load the enrolment file the province gave you.</source>
        <translation>Chưa đăng ký với tỉnh: hãy nạp tệp đăng ký do tỉnh cấp.</translation>
    </message>
    <message>
        <source>Enrolled; the province confirms it at the next sync.</source>
        <translation>Đã đăng ký; tỉnh sẽ xác nhận ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Enrolled with the province.</source>
        <translation>Đã đăng ký với tỉnh.</translation>
    </message>
    <message>
        <source>Changes not sent yet: %Ln</source>
        <translation>Còn %Ln thay đổi chưa gửi</translation>
    </message>
    <message>
        <source>The province has every change</source>
        <translation>Tỉnh đã nhận mọi thay đổi</translation>
    </message>
    <message>
        <source>Export to {place} finished. Files written: %Ln.</source>
        <translation>Đã ghi %Ln tệp vào {place}.</translation>
    </message>
    <message>
        <source>Conflicts to review below: %Ln.</source>
        <translation>Có %Ln xung đột cần xem xét ở bên dưới.</translation>
    </message>
    <message>
        <source>Sync finished, but bundles were refused: %Ln.</source>
        <translation>Đồng bộ xong, nhưng %Ln gói bị từ chối.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%Ln to review</source>
        <translation>%Ln cần xem xét</translation>
    </message>
    <message>
        <source>This computer is now enrolled as “{name}”. From the next sync on, the province sees it under this name.</source>
        <translation>Máy này đã được đăng ký với tên “{name}”. Từ lần đồng bộ tới, tỉnh sẽ thấy máy dưới tên này.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Awaiting receipt</source>
        <translation>Chờ biên nhận</translation>
    </message>
    <message>
        <source>Last by USB stick</source>
        <translation>Lần gần nhất qua ổ USB</translation>
    </message>
    <message>
        <source>Last by network</source>
        <translation>Lần gần nhất qua mạng</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>None: every change has been sent</source>
        <translation>Không có: mọi thay đổi đã được gửi</translation>
    </message>
    <message>
        <source>Changes sent, waiting for the province&apos;s receipt: %Ln</source>
        <translation>%Ln thay đổi đã gửi, đang chờ biên nhận của tỉnh</translation>
    </message>
    <message>
        <source>sent {sent}, received {received}</source>
        <translation>gửi: {sent}; nhận: {received}</translation>
    </message>
</context>
<context>
    <name>SyncTable</name>
    <message>
        <source>Official</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Equipment status change</source>
        <translation>Thay đổi tình trạng thiết bị</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Ghi danh khóa học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sync status</source>
        <translation>Tình trạng đồng bộ</translation>
    </message>
    <message>
        <source>Load enrolment file…</source>
        <translation>Nạp tệp đăng ký…</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Ổ USB</translation>
    </message>
    <message>
        <source>&amp;Stick:</source>
        <translation>Ổ &amp;USB:</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>&amp;Export to USB stick</source>
        <translation>&amp;Xuất ra ổ USB</translation>
    </message>
    <message>
        <source>Export to a folder…</source>
        <translation>Xuất ra thư mục…</translation>
    </message>
    <message>
        <source>&amp;Import from USB stick</source>
        <translation>&amp;Nhập từ ổ USB</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Nhập từ thư mục…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Province server &amp;address:</source>
        <translation>Địa &amp;chỉ máy chủ tỉnh:</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Kết quả của thao tác gần nhất</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Xung đột cần xem xét</translation>
    </message>
    <message>
        <source>Nothing done yet in this session.</source>
        <translation>Chưa có thao tác nào trong phiên làm việc này.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Xóa nội dung tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Đang hiển thị {shown}/{total}</translation>
    </message>
    <message>
        <source>The record you just saved is not in the list below: the search or a filter hides it.</source>
        <translation>Bản ghi vừa lưu đang bị ẩn do tìm kiếm hoặc bộ lọc nên không thấy trong danh sách dưới đây.</translation>
    </message>
    <message>
        <source>Clear the search and show it</source>
        <translation>Bỏ tìm kiếm và hiện bản ghi</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Delete course</source>
        <translation>Xóa khóa học</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the course “{title}” and its lessons?</source>
        <translation>Xóa khóa học “{title}” cùng các buổi học của khóa học?</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Xóa buổi học</translation>
    </message>
    <message>
        <source>Delete the lesson of {date} and its attendance marks?</source>
        <translation>Xóa buổi học ngày {date} cùng dữ liệu điểm danh của buổi học đó?</translation>
    </message>
    <message>
        <source>Only officials of {commune} can join this commune&apos;s course. A class for several communes is a province course.</source>
        <translation>{commune}: chỉ cán bộ, công chức của xã này mới được ghi danh vào khóa học này. Lớp học cho nhiều xã là khóa học của tỉnh.</translation>
    </message>
    <message>
        <source>Remove from course</source>
        <translation>Xóa khỏi khóa học</translation>
    </message>
    <message>
        <source>Remove {name} from this course, with their attendance marks?</source>
        <translation>Xóa {name} khỏi khóa học này, cùng dữ liệu điểm danh của người này?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>TrainingResult</name>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Search courses by title, topic, organiser, trainer or place…</source>
        <translation>Tìm khóa học theo tên, chủ đề, đơn vị tổ chức, giảng viên hoặc địa điểm…</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Thêm khóa học</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>Sửa khóa học</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Xóa khóa học</translation>
    </message>
    <message>
        <source>Enrol officials…</source>
        <translation>Ghi danh cán bộ, công chức…</translation>
    </message>
    <message>
        <source>Add outside participant…</source>
        <translation>Thêm người tham gia bên ngoài…</translation>
    </message>
    <message>
        <source>Remove from course</source>
        <translation>Xóa khỏi khóa học</translation>
    </message>
    <message>
        <source>Attendance grid</source>
        <translation>Bảng điểm danh</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Thêm buổi học</translation>
    </message>
    <message>
        <source>Edit lesson</source>
        <translation>Sửa buổi học</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Xóa buổi học</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Kết quả…</translation>
    </message>
    <message>
        <source>Lessons ({count})</source>
        <translation>Buổi học ({count})</translation>
    </message>
    <message>
        <source>Participants ({count})</source>
        <translation>Người tham gia ({count})</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Đang hiển thị {shown}/{total}</translation>
    </message>
    <message>
        <source>This is a trainer&apos;s computer: new courses are the province&apos;s, open to officials of all its communes.</source>
        <translation>Đây là máy giảng viên: khóa học mới tạo là khóa học của tỉnh, dành cho cán bộ, công chức của mọi xã trong tỉnh.</translation>
    </message>
    <message>
        <source>New courses made here belong to the commune. A province course can be seen here but is changed on the trainer&apos;s computer.</source>
        <translation>Khóa học mới tạo trên máy này thuộc về xã. Khóa học của tỉnh được hiển thị ở đây nhưng chỉ sửa được trên máy giảng viên.</translation>
    </message>
    <message>
        <source>Choose a course in the list above</source>
        <translation>Chọn một khóa học trong danh sách ở trên</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
</context>
<context>
    <name>TransferStage</name>
    <message>
        <source>Applying what came from the province</source>
        <translation>Đang ghi dữ liệu nhận từ tỉnh</translation>
    </message>
    <message>
        <source>Receiving from the province</source>
        <translation>Đang nhận dữ liệu từ tỉnh</translation>
    </message>
    <message>
        <source>Sending the enrolment confirmation</source>
        <translation>Đang gửi xác nhận đăng ký</translation>
    </message>
    <message>
        <source>Sending the receipt to the province</source>
        <translation>Đang gửi biên nhận lên tỉnh</translation>
    </message>
    <message>
        <source>Sending to the province</source>
        <translation>Đang gửi dữ liệu lên tỉnh</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Đã đồng bộ xong</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>Council and People&apos;s Committee leaders</source>
        <translation>Lãnh đạo HĐND, UBND</translation>
    </message>
    <message>
        <source>Office of the Council and People&apos;s Committee</source>
        <translation>Văn phòng HĐND và UBND</translation>
    </message>
    <message>
        <source>Economic Division</source>
        <translation>Phòng Kinh tế</translation>
    </message>
    <message>
        <source>Culture and Social Affairs Division</source>
        <translation>Phòng Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>Public Administration Service Centre</source>
        <translation>Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Close this form and lose the changes you made?</source>
        <translation>Đóng biểu mẫu này và bỏ các thay đổi vừa nhập?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa máy</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>Thùng &amp;rác…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thóat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Quick &amp;guide</source>
        <translation>&amp;Hướng dẫn nhanh</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
</TS>
