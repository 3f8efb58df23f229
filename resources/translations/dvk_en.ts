<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name />
        <message>
            <source>Đang tạo dữ liệu mẫu (Xã Thăng Bình, Đà Nẵng)</source>
            <translation>Creating demo data (Thăng Bình commune, Đà Nẵng)</translation>
        </message>
        <message>
            <source>Chưa có dữ liệu trong thư mục “%1”.</source>
            <translation>There is no data in the folder “%1” yet.</translation>
        </message>
        <message>
            <source>Dùng dữ liệu mẫu của Xã Thăng Bình (Đà Nẵng) để làm quen, hay tạo vùng làm việc mới cho đơn vị của bạn?</source>
            <translation>Use the demo data of Thăng Bình commune (Đà Nẵng) to get to know the program, or create a new workspace for your unit?</translation>
        </message>
        <message>
            <source>Dùng dữ liệu mẫu</source>
            <translation>Use demo data</translation>
        </message>
        <message>
            <source>Tạo vùng làm việc mới…</source>
            <translation>Create a new workspace…</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Khóa ký của đơn vị</source>
            <translation>The unit's signing key</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>Gói sẽ gồm: %1 mô hình, %2 minh chứng, %3 người.</source>
            <translation>The package will hold: %1 models, %2 pieces of evidence, %3 people.</translation>
        </message>
        <message>
            <source>Không đếm được hồ sơ.</source>
            <translation>Could not count the records.</translation>
        </message>
        <message>
            <source>Xuất gói</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Chọn thư mục lưu gói</source>
            <translation>Choose where to save the package</translation>
        </message>
        <message>
            <source>Đã nhập sai mật khẩu 3 lần. Gói chưa được xuất.</source>
            <translation>Wrong passphrase 3 times. The package was not exported.</translation>
        </message>
        <message>
            <source>Mật khẩu khóa ký không đúng. Hãy nhập lại (còn %1 lần thử).</source>
            <translation>Wrong signing key passphrase. Please try again (%1 tries left).</translation>
        </message>
        <message>
            <source>Đang hủy…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Không xuất được gói.</source>
            <translation>The package could not be exported.</translation>
        </message>
        <message>
            <source>Đã hủy. Không có gói nào được tạo.</source>
            <translation>Cancelled. No package was written.</translation>
        </message>
        <message>
            <source>Có, chỉ người nhận mở được</source>
            <translation>Yes, only the recipient can open it</translation>
        </message>
        <message>
            <source>Không</source>
            <translation>No</translation>
        </message>
        <message>
            <source>USB: %1 (%2) — còn %3 trống</source>
            <translation>USB: %1 (%2) — %3 free</translation>
        </message>
        <message>
            <source>không tên</source>
            <translation>unnamed</translation>
        </message>
        <message>
            <source>Tiếp theo &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>&lt; Quay lại</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>Xong</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Tạo vùng làm việc</source>
            <translation>Create workspace</translation>
        </message>
        <message>
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>— Không ghi —</source>
            <translation>— Not recorded —</translation>
        </message>
        <message>
            <source>Đặt mật khẩu đủ dài (ít nhất 8 ký tự) và ghi lại ở nơi an toàn. Để trống nếu muốn tạo khóa sau trong trang “Gói dữ liệu”.</source>
            <translation>Choose a long passphrase (at least 8 characters) and keep a copy somewhere safe. Leave it empty to create the key later on the “Data packages” page.</translation>
        </message>
        <message>
            <source>Cấp trên gửi tệp khóa công khai (qua USB hoặc thư điện tử) kèm dấu vân tay in trên giấy; hãy đối chiếu dấu vân tay trước khi ghim.</source>
            <translation>The upper level sends its public key file (USB or e-mail) with the fingerprint printed on paper; compare the fingerprint before pinning.</translation>
        </message>
        <message>
            <source>Gõ tên để tìm, rồi chọn một đơn vị trong danh sách.</source>
            <translation>Type a name to search, then choose a unit from the list.</translation>
        </message>
        <message>
            <source>Đã chọn: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Selected: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Chọn thư mục dữ liệu</source>
            <translation>Choose the data folder</translation>
        </message>
        <message>
            <source>Chọn tệp khóa công khai của cấp trên</source>
            <translation>Choose the upper level's public key file</translation>
        </message>
        <message>
            <source>Hai lần nhập mật khẩu không khớp.</source>
            <translation>The two passphrases do not match.</translation>
        </message>
        <message>
            <source>Mật khẩu khóa cần ít nhất 8 ký tự.</source>
            <translation>The key passphrase needs at least 8 characters.</translation>
        </message>
        <message>
            <source>Đối chiếu dấu vân tay</source>
            <translation>Compare the fingerprint</translation>
        </message>
        <message>
            <source>Gọi điện cho cấp trên và gõ dấu vân tay họ đọc (các nhóm số):</source>
            <translation>Call the upper level and type the fingerprint they read out (the groups of digits):</translation>
        </message>
        <message>
            <source>Đã tạo khóa ký. Dấu vân tay: %1.

Phiếu đăng ký khóa (in ra, ký, đóng dấu rồi gửi cấp trên) và tệp đăng ký khóa (gửi kèm qua USB hoặc thư điện tử) đã được lưu:
%2
%3</source>
            <translation>The signing key has been created. Fingerprint: %1.

The key enrolment sheet (print it, have it signed and stamped, then send it to the upper level) and the enrolment file (send it along by USB stick or e-mail) have been saved:
%2
%3</translation>
        </message>
        <message>
            <source>— Chưa chọn —</source>
            <translation>— None —</translation>
        </message>
        <message>
            <source>Hãy lưu mô hình trước khi thêm minh chứng, tiến độ.</source>
            <translation>Save the model before adding evidence or progress.</translation>
        </message>
        <message>
            <source>Mô hình mới</source>
            <translation>New model</translation>
        </message>
        <message>
            <source>Bản đăng ký mô hình</source>
            <translation>Model registration</translation>
        </message>
        <message>
            <source>Chỉ tiêu này đã có trong bảng.</source>
            <translation>This indicator is already in the table.</translation>
        </message>
        <message>
            <source>Bản đăng ký đã đủ cụ thể để gửi.</source>
            <translation>The registration is specific enough to submit.</translation>
        </message>
        <message numerus="yes">
            <source>Cần bổ sung trước khi gửi (%n mục)</source>
            <translation>
                <numerusform>To complete before submitting (%n item)</numerusform>
                <numerusform>To complete before submitting (%n items)</numerusform>
            </translation>
        </message>
        <message>
            <source>Kiểm tra</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Chưa lưu được:</source>
            <translation>Could not save:</translation>
        </message>
        <message>
            <source>Đã lưu lúc %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <source>Chưa lưu — hãy nhập và lưu bản đăng ký.</source>
            <translation>Not saved yet — fill in and save the registration.</translation>
        </message>
        <message>
            <source>Hiện tại: &lt;b&gt;%1&lt;/b&gt; · phiên bản %2</source>
            <translation>Now: &lt;b&gt;%1&lt;/b&gt; · version %2</translation>
        </message>
        <message>
            <source>Chuyển sang “%1”</source>
            <translation>Move to “%1”</translation>
        </message>
        <message>
            <source>Bước này cần quyết định của cấp có thẩm quyền.</source>
            <translation>This step needs a decision of the competent level.</translation>
        </message>
        <message>
            <source>Không có bước tiếp theo ở cấp này.</source>
            <translation>No further step at this level.</translation>
        </message>
        <message>
            <source>Chưa thể “%1”: bản đăng ký còn thiếu %2 mục, xem danh sách bên phải.</source>
            <translation>Cannot “%1” yet: the registration is missing %2 item(s), see the list on the right.</translation>
        </message>
        <message>
            <source>Không lưu được bản nháp: %1</source>
            <translation>Could not save the draft: %1</translation>
        </message>
        <message>
            <source>Bản nháp tự lưu lúc %1</source>
            <translation>Draft autosaved at %1</translation>
        </message>
        <message>
            <source>Có bản nháp chưa lưu lúc %1 (có thể do máy tắt đột ngột). Khôi phục để nhập tiếp?</source>
            <translation>There is an unsaved draft from %1 (perhaps the computer shut down suddenly). Restore it to continue?</translation>
        </message>
        <message>
            <source>Chưa lưu</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Bản đăng ký có thay đổi chưa lưu. Lưu trước khi đóng?</source>
            <translation>The registration has unsaved changes. Save before closing?</translation>
        </message>
        <message>
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Không lưu</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <source>Quay lại</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Lưu báo cáo</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Chọn tệp minh chứng</source>
            <translation>Choose evidence files</translation>
        </message>
        <message>
            <source>Ngày báo cáo</source>
            <translation>Report date</translation>
        </message>
        <message>
            <source>Đang lưu báo cáo tiến độ</source>
            <translation>Saving the progress report</translation>
        </message>
        <message>
            <source>Đã sao chép</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục làm việc. Chi tiết kỹ thuật được ghi vào tệp nhật ký:</source>
            <translation>An unexpected error occurred. Saved data is not affected; you can continue working. Technical details were written to the log file:</translation>
        </message>
        <message>
            <source>Thông báo</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Mỗi tệp tối đa %1 MB.</source>
            <translation>At most %1 MB per file.</translation>
        </message>
        <message>
            <source>Ảnh được thu nhỏ khi gửi gói dữ liệu; ảnh gốc vẫn giữ ở đây.</source>
            <translation>Photos are downscaled when sending packages; originals stay here.</translation>
        </message>
        <message>
            <source>Chưa có minh chứng. Kéo thả ảnh, biên bản, danh sách vào đây hoặc bấm “Thêm tệp…”.</source>
            <translation>No evidence yet. Drop photos, minutes or lists here, or click “Add files…”.</translation>
        </message>
        <message numerus="yes">
            <source>%n minh chứng. Kéo thả thêm tệp vào đây.</source>
            <translation>
                <numerusform>%n piece of evidence. Drop more files here.</numerusform>
                <numerusform>%n pieces of evidence. Drop more files here.</numerusform>
            </translation>
        </message>
        <message>
            <source>Đang thêm minh chứng</source>
            <translation>Adding evidence</translation>
        </message>
        <message numerus="yes">
            <source>Không thêm được %n tệp.</source>
            <translation>
                <numerusform>%n file could not be added.</numerusform>
                <numerusform>%n files could not be added.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)</source>
            <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Chọn một minh chứng để xem, sửa chú thích.</source>
            <translation>Select a piece of evidence to view it or edit its caption.</translation>
        </message>
        <message>
            <source>Ngày được lấy từ thông tin EXIF của ảnh khi thêm; có thể sửa.</source>
            <translation>The date was taken from the photo's EXIF data when added; it can be changed.</translation>
        </message>
        <message>
            <source>Ngày chụp</source>
            <translation>Date taken</translation>
        </message>
        <message numerus="yes">
            <source>%n báo cáo tiến độ</source>
            <translation>
                <numerusform>%n progress report</numerusform>
                <numerusform>%n progress reports</numerusform>
            </translation>
        </message>
        <message>
            <source>Chưa có báo cáo tiến độ. Bấm “Thêm báo cáo tiến độ…” sau mỗi kỳ sơ kết để ghi việc đã làm, số liệu và minh chứng.</source>
            <translation>No progress reports yet. Click “Add progress report…” after each review period to record the work done, figures and evidence.</translation>
        </message>
        <message>
            <source>Việc đã làm</source>
            <translation>Work done</translation>
        </message>
        <message>
            <source>Bài học kinh nghiệm</source>
            <translation>Lessons learned</translation>
        </message>
        <message>
            <source>Số liệu</source>
            <translation>Figures</translation>
        </message>
        <message numerus="yes">
            <source>%n minh chứng kèm theo</source>
            <translation>
                <numerusform>%n piece of evidence attached</numerusform>
                <numerusform>%n pieces of evidence attached</numerusform>
            </translation>
        </message>
        <message>
            <source>Vùng làm việc này chưa được sao lưu lần nào.</source>
            <translation>This workspace has never been backed up.</translation>
        </message>
        <message numerus="yes">
            <source>Lần sao lưu gần nhất đã cách đây %n ngày.</source>
            <translation>
                <numerusform>The last backup was %n day ago.</numerusform>
                <numerusform>The last backup was %n days ago.</numerusform>
            </translation>
        </message>
        <message>
            <source>Chưa sao lưu lần nào.</source>
            <translation>No backup has been made yet.</translation>
        </message>
        <message>
            <source>Lần sao lưu gần nhất: &lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>Last backup: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
        <message>
            <source>Hãy sao lưu ngay và chép một bản ra USB.</source>
            <translation>Back up now and copy it to a USB drive.</translation>
        </message>
        <message>
            <source>Chương trình tự sao lưu mỗi ngày và khi thoát, giữ lại %1 bản gần nhất trong thư mục %2. Nên chép thêm một bản ra USB mỗi tuần.</source>
            <translation>The program backs up every day and on exit, keeping the newest %1 backups in the folder %2. Copy one to a USB drive every week as well.</translation>
        </message>
        <message>
            <source>Đang sao lưu</source>
            <translation>Backing up</translation>
        </message>
        <message>
            <source>Chọn thư mục (ví dụ ổ USB) để lưu bản sao</source>
            <translation>Choose a folder (e.g. a USB drive) for the backup</translation>
        </message>
        <message>
            <source>Khôi phục dữ liệu</source>
            <translation>Restore data</translation>
        </message>
        <message>
            <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu “%1”?</source>
            <translation>Replace all current data with the backup “%1”?</translation>
        </message>
        <message>
            <source>Dữ liệu hiện tại được giữ lại trong một thư mục bên cạnh, có thể lấy lại sau.</source>
            <translation>The current data is kept in a folder next to it and can be recovered later.</translation>
        </message>
        <message>
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Chọn tệp sao lưu</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>Bản sao lưu DVK (*.dvkbak)</source>
            <translation>DVK backups (*.dvkbak)</translation>
        </message>
        <message>
            <source>Đang mở vùng làm việc…</source>
            <translation>Opening the workspace…</translation>
        </message>
        <message>
            <source>Không mở được vùng làm việc.</source>
            <translation>The workspace could not be opened.</translation>
        </message>
        <message>
            <source>Vùng làm việc: %1</source>
            <translation>Workspace: %1</translation>
        </message>
        <message>
            <source>Sao lưu gần nhất: %1</source>
            <translation>Last backup: %1</translation>
        </message>
        <message>
            <source>Chưa sao lưu</source>
            <translation>Never backed up</translation>
        </message>
        <message>
            <source>Sao lưu ngay</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Đã khôi phục. Dữ liệu trước khi khôi phục được giữ tại: %1</source>
            <translation>Restored. The data from before the restore is kept at: %1</translation>
        </message>
        <message>
            <source>Đang khôi phục dữ liệu</source>
            <translation>Restoring data</translation>
        </message>
        <message>
            <source>Chọn thư mục vùng làm việc</source>
            <translation>Choose the workspace folder</translation>
        </message>
        <message>
            <source>Giới thiệu DVK Desktop</source>
            <translation>About DVK Desktop</translation>
        </message>
        <message>
            <source>&lt;b&gt;DVK Desktop %1&lt;/b&gt;&lt;br&gt;Quản lý mô hình, điển hình “Dân vận khéo” ngoại tuyến; gửi gói dữ liệu có chữ ký lên cấp trên.&lt;br&gt;Giấy phép GPL-3.0-or-later.</source>
            <translation>&lt;b&gt;DVK Desktop %1&lt;/b&gt;&lt;br&gt;Offline management of “Skilful Mass Mobilisation” (Dân vận khéo) models; sends signed data packages to the upper level.&lt;br&gt;Licence GPL-3.0-or-later.</translation>
        </message>
        <message>
            <source>Đang sao lưu trước khi thoát</source>
            <translation>Backing up before quitting</translation>
        </message>
        <message>
            <source>Mọi năm</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Mọi lĩnh vực</source>
            <translation>All fields</translation>
        </message>
        <message>
            <source>Tập thể và cá nhân</source>
            <translation>Collective and individual</translation>
        </message>
        <message>
            <source>Mọi trạng thái</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Mới và duy trì</source>
            <translation>New and maintained</translation>
        </message>
        <message>
            <source>Giai đoạn %1–%2</source>
            <translation>Phase %1–%2</translation>
        </message>
        <message>
            <source>Mọi đơn vị chủ trì</source>
            <translation>All lead organisations</translation>
        </message>
        <message>
            <source>Mọi thôn, tổ dân phố</source>
            <translation>All villages</translation>
        </message>
        <message>
            <source>Đang đếm số mô hình phù hợp…</source>
            <translation>Counting matching models…</translation>
        </message>
        <message numerus="yes">
            <source>%n mô hình phù hợp</source>
            <translation>
                <numerusform>%n matching model</numerusform>
                <numerusform>%n matching models</numerusform>
            </translation>
        </message>
        <message>
            <source>Không có mô hình nào phù hợp.</source>
            <translation>No matching models.</translation>
        </message>
        <message>
            <source>Đã lưu cài đặt.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
            <translation>The new language applies when the program is restarted.</translation>
        </message>
        <message>
            <source>Thư mục dữ liệu mới được dùng khi mở lại chương trình.</source>
            <translation>The new data folder is used when the program is restarted.</translation>
        </message>
        <message>
            <source>Mật khẩu khóa ký</source>
            <translation>Signing key passphrase</translation>
        </message>
        <message>
            <source>Đồng ý</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Chưa có khóa ký. Hãy tạo khóa trước khi gửi gói lên cấp trên.</source>
            <translation>No signing key yet. Create one before sending packages to the upper level.</translation>
        </message>
        <message>
            <source>Dấu vân tay khóa của đơn vị: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Fingerprint of the unit's key: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>chưa xác định</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>Cấp trên nhận gói: %1</source>
            <translation>Upper level receiving packages: %1</translation>
        </message>
        <message>
            <source>Đã gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Đã nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Đã tạo khóa ký. Dấu vân tay: &lt;b&gt;%1&lt;/b&gt;. Hãy gửi tệp đăng ký khóa cho cấp trên và đọc dấu vân tay qua điện thoại để cấp trên đối chiếu.</source>
            <translation>Signing key created. Fingerprint: &lt;b&gt;%1&lt;/b&gt;. Send the key enrolment file to the upper level and read the fingerprint out over the phone so they can compare it.</translation>
        </message>
        <message>
            <source>Đặt mật khẩu cho khóa ký (ít nhất 8 ký tự):</source>
            <translation>Choose a passphrase for the signing key (at least 8 characters):</translation>
        </message>
        <message>
            <source>Nhập lại mật khẩu:</source>
            <translation>Repeat the passphrase:</translation>
        </message>
        <message>
            <source>Mật khẩu khóa ký:</source>
            <translation>Signing key passphrase:</translation>
        </message>
        <message>
            <source>Lưu tệp đăng ký khóa vào thư mục</source>
            <translation>Save the key enrolment file in a folder</translation>
        </message>
        <message>
            <source>Đã lưu tệp đăng ký khóa %1 và phiếu đăng ký khóa %2 (in ra, ký, đóng dấu rồi gửi cấp trên). Dấu vân tay: &lt;b&gt;%3&lt;/b&gt;.</source>
            <translation>Saved the enrolment file %1 and the key enrolment sheet %2 (print it, have it signed and stamped, then send it to the upper level). Fingerprint: &lt;b&gt;%3&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Đã ghim khóa của %1.</source>
            <translation>The key of %1 is pinned.</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa của cấp trên</source>
            <translation>The upper level's key enrolment file</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa (*.json)</source>
            <translation>Key enrolment files (*.json)</translation>
        </message>
        <message>
            <source>Đang xuất gói dữ liệu</source>
            <translation>Exporting the data package</translation>
        </message>
        <message>
            <source>Đã xuất gói số %1 gửi %2.</source>
            <translation>Package number %1 exported for %2.</translation>
        </message>
        <message>
            <source>Tệp: %1 (%2 KB)</source>
            <translation>File: %1 (%2 KB)</translation>
        </message>
        <message>
            <source>Nội dung: %1</source>
            <translation>Content: %1</translation>
        </message>
        <message>
            <source>Đã mã hóa cho người nhận.</source>
            <translation>Encrypted for the recipient.</translation>
        </message>
        <message>
            <source>Không mã hóa.</source>
            <translation>Not encrypted.</translation>
        </message>
        <message>
            <source>Chép tệp này vào USB hoặc gửi qua thư điện tử / Zalo cho cấp trên.</source>
            <translation>Copy this file to a USB drive or send it by e-mail / Zalo to the upper level.</translation>
        </message>
        <message>
            <source>Đang kiểm tra gói</source>
            <translation>Checking the package</translation>
        </message>
        <message>
            <source>Kết quả kiểm tra gói</source>
            <translation>Package check result</translation>
        </message>
        <message>
            <source>Người gửi</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Chữ ký và nội dung hợp lệ.</source>
            <translation>Signature and content are valid.</translation>
        </message>
        <message>
            <source>Gói này đã được nhập trước đây.</source>
            <translation>This package was imported before.</translation>
        </message>
        <message>
            <source>Đang nhập gói</source>
            <translation>Importing the package</translation>
        </message>
        <message>
            <source>Đã nhập: %1 mới, %2 cập nhật, %3 không đổi.</source>
            <translation>Imported: %1 new, %2 updated, %3 unchanged.</translation>
        </message>
        <message>
            <source>Chọn gói dữ liệu</source>
            <translation>Choose a data package</translation>
        </message>
        <message>
            <source>Gói dữ liệu DVK (*.dvkpkg);;Mọi tệp (*)</source>
            <translation>DVK data packages (*.dvkpkg);;All files (*)</translation>
        </message>
        <message>
            <source>Gói được mã hóa. Mật khẩu khóa ký:</source>
            <translation>The package is encrypted. Signing key passphrase:</translation>
        </message>
        <message>
            <source>Các tệp được lưu trong thư mục %1.</source>
            <translation>Files are saved in the folder %1.</translation>
        </message>
        <message>
            <source>Đang tạo báo cáo</source>
            <translation>Creating the report</translation>
        </message>
        <message>
            <source>Đã tạo: %1</source>
            <translation>Created: %1</translation>
        </message>
        <message>
            <source>Hãy chọn một mô hình trong trang “Mô hình” trước.</source>
            <translation>Select a model on the “Models” page first.</translation>
        </message>
    </context>
    <context>
        <name>AddOrganisationDialog</name>
        <message>
            <source>Thêm tổ chức</source>
            <translation>Add an organisation</translation>
        </message>
        <message>
            <source>&amp;Tên tổ chức:</source>
            <translation>&amp;Organisation name:</translation>
        </message>
        <message>
            <source>ví dụ: Chi hội Phụ nữ thôn Bình An 1</source>
            <translation>e.g. Chi hội Phụ nữ thôn Bình An 1</translation>
        </message>
        <message>
            <source>&amp;Loại tổ chức:</source>
            <translation>Organisation &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>Thêm người</source>
            <translation>Add a person</translation>
        </message>
        <message>
            <source>&amp;Họ và tên:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Chức vụ:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>ví dụ: Bí thư Chi bộ thôn</source>
            <translation>e.g. Bí thư Chi bộ thôn</translation>
        </message>
        <message>
            <source>&amp;Năm sinh:</source>
            <translation>&amp;Birth year:</translation>
        </message>
        <message>
            <source>— Không ghi —</source>
            <translation>— Not recorded —</translation>
        </message>
        <message>
            <source>&amp;Giới tính:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <source>Điện &amp;thoại:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Là cán bộ, công chức</source>
            <translation>Is an official</translation>
        </message>
        <message>
            <source>Người này đồng ý cho ghi thông tin cá nhân</source>
            <translation>This person agrees to their personal data being recorded</translation>
        </message>
    </context>
    <context>
        <name>AddVillageDialog</name>
        <message>
            <source>Thêm thôn, tổ dân phố</source>
            <translation>Add a village or residential group</translation>
        </message>
        <message>
            <source>&amp;Loại:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>&amp;Tên:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>ví dụ: Thôn Bình An 1</source>
            <translation>e.g. Thôn Bình An 1</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Sao lưu và khôi phục</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <source>Sao lưu ngay</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Sao lưu vào thư mục khác (USB)…</source>
            <translation>Back up to another folder (USB)…</translation>
        </message>
        <message>
            <source>Khôi phục từ tệp…</source>
            <translation>Restore from file…</translation>
        </message>
        <message>
            <source>Các bản sao lưu tự động trong vùng làm việc:</source>
            <translation>Automatic backups in the workspace:</translation>
        </message>
        <message>
            <source>Các bản sao lưu</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Tệp sao lưu</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Dung lượng</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Khôi phục bản đã chọn…</source>
            <translation>Restore selected backup…</translation>
        </message>
        <message>
            <source>Mở thư mục sao lưu</source>
            <translation>Open backup folder</translation>
        </message>
        <message>
            <source>Khi khôi phục, dữ liệu hiện tại được giữ lại trong một thư mục bên cạnh (tên có đuôi “truoc-khoi-phuc”), nên có thể lấy lại nếu chọn nhầm bản sao lưu.</source>
            <translation>When restoring, the current data is kept in a folder next to it (ending in “truoc-khoi-phuc”), so it can be recovered if the wrong backup was chosen.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Thông báo</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Chi tiết</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Sao chép chi tiết</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>EvidenceWidget</name>
        <message>
            <source>Thêm tệp…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Mở bằng chương trình xem</source>
            <translation>Open in viewer</translation>
        </message>
        <message>
            <source>Gỡ bỏ</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Kéo thả ảnh, biên bản, danh sách vào đây để thêm minh chứng.</source>
            <translation>Drop photos, minutes or lists here to add evidence.</translation>
        </message>
        <message>
            <source>Danh sách minh chứng</source>
            <translation>Evidence list</translation>
        </message>
        <message>
            <source>Minh chứng đang chọn</source>
            <translation>Selected evidence</translation>
        </message>
        <message>
            <source>&amp;Chú thích:</source>
            <translation>&amp;Caption:</translation>
        </message>
        <message>
            <source>&amp;Ngày chụp / ngày lập:</source>
            <translation>&amp;Date taken / issued:</translation>
        </message>
        <message>
            <source>Lưu chú thích</source>
            <translation>Save caption</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Xuất gói gửi cấp trên</source>
            <translation>Export a package for the upper level</translation>
        </message>
        <message>
            <source>Nội dung gói dữ liệu</source>
            <translation>Package contents</translation>
        </message>
        <message>
            <source>Gói gồm toàn bộ hồ sơ của đơn vị, có chữ ký số của đơn vị.</source>
            <translation>The package holds all of the unit's records, signed with the unit's key.</translation>
        </message>
        <message>
            <source>Đang đếm hồ sơ…</source>
            <translation>Counting records…</translation>
        </message>
        <message>
            <source>⚠ Gói có dữ liệu cá nhân (họ tên, ảnh có người). Nên mã hóa để chỉ cấp trên mở được.</source>
            <translation>⚠ The package holds personal data (names, photos of people). Encrypt it so that only the upper level can open it.</translation>
        </message>
        <message>
            <source>Ảnh lớn sẽ được thu nhỏ (cạnh dài 1600 điểm ảnh) khi gửi; ảnh gốc vẫn giữ trên máy này.</source>
            <translation>Large photos will be reduced (long edge 1600 pixels) for sending; the originals stay on this computer.</translation>
        </message>
        <message>
            <source>Mã hóa gói (khuyến nghị)</source>
            <translation>Encrypt the package (recommended)</translation>
        </message>
        <message>
            <source>Nơi lưu và mật khẩu</source>
            <translation>Destination and passphrase</translation>
        </message>
        <message>
            <source>Gói được ký bằng khóa của đơn vị; hãy nhập mật khẩu khóa ký.</source>
            <translation>The package is signed with the unit's key; enter the signing key's passphrase.</translation>
        </message>
        <message>
            <source>Thư mục lưu gói:</source>
            <translation>Save the package in:</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Chưa thấy USB nào; cắm USB rồi bấm “Tìm lại”.</source>
            <translation>No USB stick found; plug one in, then click “Search again”.</translation>
        </message>
        <message>
            <source>Tìm lại các USB đang cắm vào máy</source>
            <translation>Search again for USB sticks plugged into this computer</translation>
        </message>
        <message>
            <source>Tìm lại</source>
            <translation>Search again</translation>
        </message>
        <message>
            <source>Mật khẩu khóa ký:</source>
            <translation>Signing key passphrase:</translation>
        </message>
        <message>
            <source>Đang xuất gói</source>
            <translation>Exporting the package</translation>
        </message>
        <message>
            <source>Đang chuẩn bị…</source>
            <translation>Preparing…</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Đã xuất gói</source>
            <translation>Package exported</translation>
        </message>
        <message>
            <source>Gói đã được ký và lưu vào thư mục đã chọn.</source>
            <translation>The package was signed and saved in the chosen folder.</translation>
        </message>
        <message>
            <source>Tệp:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Dung lượng:</source>
            <translation>Size:</translation>
        </message>
        <message>
            <source>Gửi đến:</source>
            <translation>Recipient:</translation>
        </message>
        <message>
            <source>Dấu vân tay khóa:</source>
            <translation>Key fingerprint:</translation>
        </message>
        <message>
            <source>Mã hóa:</source>
            <translation>Encrypted:</translation>
        </message>
        <message>
            <source>Chép tệp này vào USB hoặc gửi qua thư điện tử / Zalo.</source>
            <translation>Copy this file to a USB stick or send it by e-mail / Zalo.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Tạo vùng làm việc mới</source>
            <translation>Create a new workspace</translation>
        </message>
        <message>
            <source>Vai trò và thư mục dữ liệu</source>
            <translation>Role and data folder</translation>
        </message>
        <message>
            <source>Chọn đơn vị dùng chương trình này làm gì, và dữ liệu được lưu ở đâu.</source>
            <translation>Choose what your unit uses this program for, and where the data is kept.</translation>
        </message>
        <message>
            <source>Cấp xã, phường, đặc khu — đăng ký, theo dõi mô hình và gửi lên cấp trên</source>
            <translation>Commune, ward, special zone — registers and follows models, sends them to the upper level</translation>
        </message>
        <message>
            <source>Cấp trên (tỉnh, thành phố) — nhận gói của các xã, đánh giá, công nhận</source>
            <translation>Upper level (province, city) — receives packages from communes, evaluates, recognises</translation>
        </message>
        <message>
            <source>&amp;Thư mục dữ liệu:</source>
            <translation>&amp;Data folder:</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Chọn đơn vị trong danh mục chính thức (34 tỉnh, 3.321 xã theo QĐ 19/2025/QĐ-TTg).</source>
            <translation>Choose the unit from the official list (34 provinces, 3,321 communes, Decision 19/2025/QĐ-TTg).</translation>
        </message>
        <message>
            <source>Gõ một phần tên, không cần dấu — ví dụ: thang binh</source>
            <translation>Type part of the name, diacritics optional — e.g. thang binh</translation>
        </message>
        <message>
            <source>Đơn vị tìm được</source>
            <translation>Units found</translation>
        </message>
        <message>
            <source>Cơ quan thường trực phong trào</source>
            <translation>Standing body of the movement</translation>
        </message>
        <message>
            <source>Cơ quan tham mưu, theo dõi, tổng hợp phong trào “Dân vận khéo” ở cấp xã.</source>
            <translation>The body that advises on, follows and summarises the movement at commune level.</translation>
        </message>
        <message>
            <source>&amp;Cơ quan thường trực:</source>
            <translation>&amp;Standing body:</translation>
        </message>
        <message>
            <source>Người ký và người lập biểu</source>
            <translation>Signer and preparer</translation>
        </message>
        <message>
            <source>Tên và chức vụ in trên phiếu đăng ký, báo cáo (có thể sửa sau trong Cài đặt).</source>
            <translation>Names and titles printed on registration forms and reports (can be changed later in Settings).</translation>
        </message>
        <message>
            <source>Chức vụ người &amp;ký:</source>
            <translation>&amp;Signer's title:</translation>
        </message>
        <message>
            <source>Ví dụ: Chủ tịch Ủy ban MTTQ xã</source>
            <translation>E.g. Chair of the commune Fatherland Front Committee</translation>
        </message>
        <message>
            <source>Họ tên người ký:</source>
            <translation>Signer's full name:</translation>
        </message>
        <message>
            <source>Chức vụ người &amp;lập biểu:</source>
            <translation>&amp;Preparer's title:</translation>
        </message>
        <message>
            <source>Họ tên người lập biểu:</source>
            <translation>Preparer's full name:</translation>
        </message>
        <message>
            <source>Khóa ký gói dữ liệu</source>
            <translation>Package signing key</translation>
        </message>
        <message>
            <source>Gói gửi lên cấp trên được ký bằng khóa riêng của đơn vị, bảo vệ bằng mật khẩu.</source>
            <translation>Packages sent to the upper level are signed with the unit's private key, protected by a passphrase.</translation>
        </message>
        <message>
            <source>&amp;Mật khẩu của khóa:</source>
            <translation>Key &amp;passphrase:</translation>
        </message>
        <message>
            <source>&amp;Nhập lại mật khẩu:</source>
            <translation>&amp;Repeat passphrase:</translation>
        </message>
        <message>
            <source>Khóa công khai của cấp trên</source>
            <translation>Upper level's public key</translation>
        </message>
        <message>
            <source>Ghim khóa của cấp trên để chỉ nhận quyết định do đúng cấp trên ký.</source>
            <translation>Pin the upper level's key so that only decisions signed by it are accepted.</translation>
        </message>
        <message>
            <source>Tệp khóa công khai do cấp trên gửi (có thể bỏ qua, làm sau)</source>
            <translation>Public key file sent by the upper level (optional, can be done later)</translation>
        </message>
        <message>
            <source>Chọn tệp…</source>
            <translation>Choose file…</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsTableModel</name>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Đơn vị tính</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <source>Mục tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Thực hiện</source>
            <translation>Actual</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DVK Desktop — Quản lý mô hình “Dân vận khéo”</source>
            <translation>DVK Desktop — “Skilful Mass Mobilisation” models</translation>
        </message>
        <message>
            <source>Chuyển trang</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Mô hình</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Gói dữ liệu</source>
            <translation>Data packages</translation>
        </message>
        <message>
            <source>Sao lưu</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Mô hình</source>
            <translation>&amp;Models</translation>
        </message>
        <message>
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Tạo vùng làm việc mới…</source>
            <translation>Create a new workspace…</translation>
        </message>
        <message>
            <source>Mở vùng làm việc…</source>
            <translation>Open workspace…</translation>
        </message>
        <message>
            <source>Sao lưu ngay</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Mô hình mới</source>
            <translation>New model</translation>
        </message>
        <message>
            <source>Tìm kiếm</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Giới thiệu DVK Desktop</source>
            <translation>About DVK Desktop</translation>
        </message>
    </context>
    <context>
        <name>ModelEditorDialog</name>
        <message>
            <source>Bản đăng ký mô hình</source>
            <translation>Model registration</translation>
        </message>
        <message>
            <source>Khôi phục bản nháp</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <source>Bỏ bản nháp</source>
            <translation>Discard draft</translation>
        </message>
        <message>
            <source>Thông tin chung</source>
            <translation>General</translation>
        </message>
        <message>
            <source>&amp;Tên mô hình:</source>
            <translation>Model &amp;name:</translation>
        </message>
        <message>
            <source>Ngắn gọn, nêu rõ việc làm cụ thể</source>
            <translation>Short, stating the concrete action</translation>
        </message>
        <message>
            <source>&amp;Năm đăng ký:</source>
            <translation>Registration &amp;year:</translation>
        </message>
        <message>
            <source>&amp;Loại:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>&amp;Lĩnh vực:</source>
            <translation>&amp;Field:</translation>
        </message>
        <message>
            <source>&amp;Mới / duy trì:</source>
            <translation>&amp;New / maintained:</translation>
        </message>
        <message>
            <source>Mô hình năm &amp;trước:</source>
            <translation>&amp;Previous year's model:</translation>
        </message>
        <message>
            <source>Nhân rộng &amp;từ:</source>
            <translation>Replicated &amp;from:</translation>
        </message>
        <message>
            <source>Tên mô hình gốc (nếu có)</source>
            <translation>Name of the original model (if any)</translation>
        </message>
        <message>
            <source>Chủ đề:</source>
            <translation>Topics:</translation>
        </message>
        <message>
            <source>Đơn vị &amp;chủ trì:</source>
            <translation>&amp;Lead organisation:</translation>
        </message>
        <message>
            <source>Thêm tổ chức mới vào danh sách</source>
            <translation>Add a new organisation to the list</translation>
        </message>
        <message>
            <source>Thêm…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Cá nhân thực &amp;hiện:</source>
            <translation>Individual &amp;holder:</translation>
        </message>
        <message>
            <source>Thêm người mới vào danh sách</source>
            <translation>Add a new person to the list</translation>
        </message>
        <message>
            <source>Người &amp;phụ trách:</source>
            <translation>Person in &amp;charge:</translation>
        </message>
        <message>
            <source>Đơn vị phối hợp:</source>
            <translation>Coordinating organisations:</translation>
        </message>
        <message>
            <source>&amp;Thôn, tổ dân phố:</source>
            <translation>&amp;Village / residential group:</translation>
        </message>
        <message>
            <source>Thêm thôn, tổ dân phố mới</source>
            <translation>Add a new village or residential group</translation>
        </message>
        <message>
            <source>Địa &amp;bàn, địa chỉ:</source>
            <translation>&amp;Location, address:</translation>
        </message>
        <message>
            <source>Ví dụ: Thôn Bình Sa, xã Thăng Bình</source>
            <translation>E.g. Bình Sa village, Thăng Bình commune</translation>
        </message>
        <message>
            <source>Ngày &amp;bắt đầu:</source>
            <translation>&amp;Start date:</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Ngày &amp;kết thúc:</source>
            <translation>&amp;End date:</translation>
        </message>
        <message>
            <source>Ngày đánh &amp;giá kết quả:</source>
            <translation>E&amp;valuation date:</translation>
        </message>
        <message>
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Thực trạng, lý do xây dựng mô hình:</source>
            <translation>Situation and reasons for the model:</translation>
        </message>
        <message>
            <source>Mục tiêu, tiêu chí:</source>
            <translation>Goals, criteria:</translation>
        </message>
        <message>
            <source>Nội dung, cách thức thực hiện:</source>
            <translation>Content, methods of implementation:</translation>
        </message>
        <message>
            <source>Đối tượng tham gia, hưởng lợi:</source>
            <translation>Participants, beneficiaries:</translation>
        </message>
        <message>
            <source>Lực lượng thực hiện và vai trò:</source>
            <translation>Forces involved and their roles:</translation>
        </message>
        <message>
            <source>Tiến độ thực hiện:</source>
            <translation>Schedule:</translation>
        </message>
        <message>
            <source>Nguồn lực, kết quả</source>
            <translation>Resources, results</translation>
        </message>
        <message>
            <source>Kinh phí và ngày công</source>
            <translation>Funding and labour days</translation>
        </message>
        <message>
            <source>Ngân sách nhà nước (đồng):</source>
            <translation>State budget (VND):</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>Xã hội hóa (đồng):</source>
            <translation>Social contributions (VND):</translation>
        </message>
        <message>
            <source>Nhân dân đóng góp (đồng):</source>
            <translation>People's contributions (VND):</translation>
        </message>
        <message>
            <source>Nguồn khác (đồng):</source>
            <translation>Other sources (VND):</translation>
        </message>
        <message>
            <source>Ngày công:</source>
            <translation>Labour days:</translation>
        </message>
        <message>
            <source>Nguồn lực khác (cơ sở vật chất, phương tiện):</source>
            <translation>Other resources (facilities, equipment):</translation>
        </message>
        <message>
            <source>Sản phẩm, kết quả đầu ra kiểm chứng được:</source>
            <translation>Verifiable outputs and results:</translation>
        </message>
        <message>
            <source>Khả năng duy trì, nhân rộng:</source>
            <translation>Sustainability, replicability:</translation>
        </message>
        <message>
            <source>Ghi chú:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>&amp;Danh mục:</source>
            <translation>&amp;Catalogue:</translation>
        </message>
        <message>
            <source>Thêm chỉ tiêu</source>
            <translation>Add indicator</translation>
        </message>
        <message>
            <source>Thêm chỉ tiêu khác</source>
            <translation>Add other indicator</translation>
        </message>
        <message>
            <source>Xóa chỉ tiêu</source>
            <translation>Delete indicator</translation>
        </message>
        <message>
            <source>Chia theo thôn, tổ dân phố (chỉ tiêu đang chọn):</source>
            <translation>By village / residential group (selected indicator):</translation>
        </message>
        <message>
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Tiến độ</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cần bổ sung trước khi gửi</source>
            <translation>To complete before submitting</translation>
        </message>
        <message>
            <source>Các mục còn thiếu</source>
            <translation>Missing items</translation>
        </message>
        <message>
            <source>Hoàn tác (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Làm lại (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <source>Lưu (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ModelListPage</name>
        <message>
            <source>Tìm theo tên, mã, đơn vị, thôn — gõ không dấu cũng được (Ctrl+F)</source>
            <translation>Search by name, code, organisation, village — diacritics optional (Ctrl+F)</translation>
        </message>
        <message>
            <source>Tìm kiếm mô hình</source>
            <translation>Search models</translation>
        </message>
        <message>
            <source>Mô hình mới (Ctrl+N)</source>
            <translation>New model (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mở (Enter)</source>
            <translation>Open (Enter)</translation>
        </message>
        <message>
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Lĩnh vực</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Mới hay duy trì</source>
            <translation>New or maintained</translation>
        </message>
        <message>
            <source>Đơn vị chủ trì</source>
            <translation>Lead organisation</translation>
        </message>
        <message>
            <source>Thôn, tổ dân phố</source>
            <translation>Village / residential group</translation>
        </message>
        <message>
            <source>Bỏ lọc</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Danh sách mô hình</source>
            <translation>Model list</translation>
        </message>
    </context>
    <context>
        <name>ModelsTableModel</name>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Tên mô hình</source>
            <translation>Model name</translation>
        </message>
        <message>
            <source>Lĩnh vực</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Đơn vị chủ trì / cá nhân</source>
            <translation>Lead organisation / individual</translation>
        </message>
        <message>
            <source>Thôn, TDP</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Chỉ tiêu đạt</source>
            <translation>Indicators met</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PackagesPage</name>
        <message>
            <source>Gói dữ liệu</source>
            <translation>Data packages</translation>
        </message>
        <message>
            <source>Khóa ký của đơn vị</source>
            <translation>The unit's signing key</translation>
        </message>
        <message>
            <source>Tạo khóa ký…</source>
            <translation>Create signing key…</translation>
        </message>
        <message>
            <source>Xuất tệp đăng ký khóa…</source>
            <translation>Export key enrolment file…</translation>
        </message>
        <message>
            <source>Ghim khóa của cấp trên…</source>
            <translation>Pin the upper level's key…</translation>
        </message>
        <message>
            <source>Xuất gói gửi cấp trên…</source>
            <translation>Export package for the upper level…</translation>
        </message>
        <message>
            <source>Nhập gói từ cấp trên…</source>
            <translation>Import package from the upper level…</translation>
        </message>
        <message>
            <source>Nhập gói đã kiểm tra</source>
            <translation>Import the checked package</translation>
        </message>
        <message>
            <source>Mở thư mục gói đã xuất</source>
            <translation>Open the exported packages folder</translation>
        </message>
        <message>
            <source>Các gói đã gửi và đã nhận:</source>
            <translation>Packages sent and received:</translation>
        </message>
        <message>
            <source>Các gói đã gửi và đã nhận</source>
            <translation>Packages sent and received</translation>
        </message>
        <message>
            <source>Hướng</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Số thứ tự</source>
            <translation>Sequence</translation>
        </message>
        <message>
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Kết quả kiểm tra gói</source>
            <translation>Package check result</translation>
        </message>
    </context>
    <context>
        <name>ProgressReportDialog</name>
        <message>
            <source>Báo cáo tiến độ</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <source>&amp;Ngày báo cáo:</source>
            <translation>Report &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Kỳ báo cáo:</source>
            <translation>Reporting &amp;period:</translation>
        </message>
        <message>
            <source>Ví dụ: Sơ kết 6 tháng đầu năm</source>
            <translation>E.g. Mid-year review</translation>
        </message>
        <message>
            <source>&amp;Việc đã làm:</source>
            <translation>&amp;Work done:</translation>
        </message>
        <message>
            <source>&amp;Bài học kinh nghiệm:</source>
            <translation>&amp;Lessons learned:</translation>
        </message>
        <message>
            <source>Số liệu thực hiện đến ngày báo cáo (để trống nếu chưa có):</source>
            <translation>Actual figures to the report date (leave empty if none yet):</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Mục tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Thực hiện</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Đính kèm minh chứng…</source>
            <translation>Attach evidence…</translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message>
            <source>Thêm báo cáo tiến độ…</source>
            <translation>Add progress report…</translation>
        </message>
        <message>
            <source>Dòng thời gian tiến độ</source>
            <translation>Progress timeline</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kỳ báo cáo</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Việc đã làm</source>
            <translation>Work done</translation>
        </message>
        <message>
            <source>Số liệu thực hiện</source>
            <translation>Actual figures</translation>
        </message>
        <message>
            <source>Minh chứng</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Báo cáo và biểu mẫu</source>
            <translation>Reports and forms</translation>
        </message>
        <message>
            <source>Kỳ báo cáo</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>&amp;Kỳ (năm, nửa năm, giai đoạn):</source>
            <translation>&amp;Period (year, half-year, phase):</translation>
        </message>
        <message>
            <source>2026, 2026-H1 (6 tháng đầu năm) hoặc 2021-2025</source>
            <translation>2026, 2026-H1 (first half) or 2021-2025</translation>
        </message>
        <message>
            <source>Phiếu đăng ký mô hình</source>
            <translation>Model registration forms</translation>
        </message>
        <message>
            <source>Phiếu đăng ký của mô hình đang chọn (PDF)</source>
            <translation>Registration form of the selected model (PDF)</translation>
        </message>
        <message>
            <source>Phiếu đăng ký của tất cả mô hình đang lọc (PDF)</source>
            <translation>Registration forms of all filtered models (PDF)</translation>
        </message>
        <message>
            <source>In ra để lãnh đạo ký, đóng dấu và lưu hồ sơ. Chọn mô hình (hoặc lọc danh sách) ở trang “Mô hình” trước; nhiều phiếu được gộp vào một tệp PDF.</source>
            <translation>Print them for the leaders to sign and stamp, and keep them on file. Select a model (or filter the list) on the “Models” page first; several forms go into one PDF file.</translation>
        </message>
        <message>
            <source>Báo cáo tổng hợp theo kỳ</source>
            <translation>Summary reports for the period</translation>
        </message>
        <message>
            <source>Báo cáo kết quả phong trào (PDF)</source>
            <translation>Movement results report (PDF)</translation>
        </message>
        <message>
            <source>Biểu thống kê (Excel)</source>
            <translation>Statistics tables (Excel)</translation>
        </message>
        <message>
            <source>Tính theo kỳ báo cáo ở trên. Báo cáo kết quả gồm các biểu tổng hợp và biểu đồ, có chỗ ký để gửi cấp trên; biểu thống kê Excel có thêm danh sách từng mô hình.</source>
            <translation>For the period above. The results report has the summary tables and charts, with a place to sign, for the upper level; the Excel statistics also list every model.</translation>
        </message>
        <message>
            <source>Mở tệp vừa tạo</source>
            <translation>Open the new file</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Giao diện</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>&amp;Ngôn ngữ:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Cỡ chữ:</source>
            <translation>&amp;Font size:</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Thư mục dữ liệu (vùng làm việc)</source>
            <translation>Data folder (workspace)</translation>
        </message>
        <message>
            <source>Đổi…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Minh chứng và sao lưu</source>
            <translation>Evidence and backups</translation>
        </message>
        <message>
            <source>Dung lượng tối đa mỗi tệp:</source>
            <translation>Maximum size per file:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Thu nhỏ ảnh (cạnh dài 1600 điểm ảnh) khi gửi gói dữ liệu; ảnh gốc vẫn được giữ</source>
            <translation>Downscale photos (long side 1600 pixels) when sending packages; originals are kept</translation>
        </message>
        <message>
            <source>Số bản sao lưu tự động giữ lại:</source>
            <translation>Automatic backups to keep:</translation>
        </message>
        <message>
            <source>Người ký và người lập biểu (in trên biểu mẫu)</source>
            <translation>Signer and preparer (printed on forms)</translation>
        </message>
        <message>
            <source>Chức vụ người &amp;ký:</source>
            <translation>&amp;Signer's title:</translation>
        </message>
        <message>
            <source>Ví dụ: Chủ tịch Ủy ban MTTQ xã</source>
            <translation>E.g. Chair of the commune Fatherland Front Committee</translation>
        </message>
        <message>
            <source>Họ tên người ký:</source>
            <translation>Signer's full name:</translation>
        </message>
        <message>
            <source>Chức vụ người &amp;lập biểu:</source>
            <translation>&amp;Preparer's title:</translation>
        </message>
        <message>
            <source>Họ tên người lập biểu:</source>
            <translation>Preparer's full name:</translation>
        </message>
        <message>
            <source>Địa danh ghi ngày tháng:</source>
            <translation>Place name for dates:</translation>
        </message>
        <message>
            <source>Ví dụ: Thăng Bình</source>
            <translation>E.g. Thăng Bình</translation>
        </message>
        <message>
            <source>Lưu cài đặt</source>
            <translation>Save settings</translation>
        </message>
    </context>
    <context>
        <name>VillageValuesTableModel</name>
        <message>
            <source>Thôn, tổ dân phố</source>
            <translation>Village / residential group</translation>
        </message>
        <message>
            <source>Mục tiêu</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Thực hiện</source>
            <translation>Actual</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>An ninh trật tự</source>
            <translation>Public order</translation>
        </message>
        <message>
            <source>An sinh xã hội</source>
            <translation>Social security</translation>
        </message>
        <message>
            <source>Ban Chỉ huy quân sự</source>
            <translation>Military command</translation>
        </message>
        <message>
            <source>Ban Xây dựng Đảng (Đảng ủy)</source>
            <translation>Party Building Board (Party Committee)</translation>
        </message>
        <message>
            <source>Biểu dương (không kèm hình thức khen)</source>
            <translation>Public praise (no award)</translation>
        </message>
        <message>
            <source>Bằng khen của Chủ tịch UBND tỉnh</source>
            <translation>Certificate of merit of the Provincial People's Committee Chair</translation>
        </message>
        <message>
            <source>Bằng khen của MTTQ / đoàn thể</source>
            <translation>Certificate of merit of the Front / mass organisation</translation>
        </message>
        <message>
            <source>Bằng khen của Thủ tướng Chính phủ</source>
            <translation>Prime Minister's certificate of merit</translation>
        </message>
        <message>
            <source>Bằng khen của cấp ủy / Ban Tuyên giáo và Dân vận</source>
            <translation>Certificate of merit of the Party committee / Propaganda and Mass Mobilisation Board</translation>
        </message>
        <message>
            <source>Chi bộ / Đảng bộ cơ sở</source>
            <translation>Party cell / grassroots Party organisation</translation>
        </message>
        <message>
            <source>Chuyển đổi số</source>
            <translation>Digital transformation</translation>
        </message>
        <message>
            <source>Cá nhân</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Công an xã/phường</source>
            <translation>Commune police</translation>
        </message>
        <message>
            <source>Công nhận</source>
            <translation>Recognise</translation>
        </message>
        <message>
            <source>Công đoàn</source>
            <translation>Trade union</translation>
        </message>
        <message>
            <source>Cơ sở tôn giáo / người có uy tín</source>
            <translation>Religious establishment / respected person</translation>
        </message>
        <message>
            <source>Cấp trên (tổng hợp)</source>
            <translation>Upper level (aggregation)</translation>
        </message>
        <message>
            <source>Cấp xã (đăng ký mô hình)</source>
            <translation>Commune level (registers models)</translation>
        </message>
        <message>
            <source>Duy trì</source>
            <translation>Maintained</translation>
        </message>
        <message>
            <source>Dân tộc - tôn giáo</source>
            <translation>Ethnicity - religion</translation>
        </message>
        <message>
            <source>Dân vận chính quyền</source>
            <translation>Government mass mobilisation</translation>
        </message>
        <message>
            <source>Dừng / loại bỏ</source>
            <translation>Stop / remove</translation>
        </message>
        <message>
            <source>Giấy khen của Chủ tịch UBND xã</source>
            <translation>Commune People's Committee Chair's certificate</translation>
        </message>
        <message>
            <source>Giấy khen của cấp ủy</source>
            <translation>Party committee's certificate</translation>
        </message>
        <message>
            <source>Huyện</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Hội Chữ thập đỏ</source>
            <translation>Red Cross</translation>
        </message>
        <message>
            <source>Hội Cựu chiến binh</source>
            <translation>Veterans' Association</translation>
        </message>
        <message>
            <source>Hội Liên hiệp Phụ nữ</source>
            <translation>Women's Union</translation>
        </message>
        <message>
            <source>Hội Người cao tuổi</source>
            <translation>Elderly Association</translation>
        </message>
        <message>
            <source>Hội Nông dân</source>
            <translation>Farmers' Union</translation>
        </message>
        <message>
            <source>Hội khác</source>
            <translation>Other association</translation>
        </message>
        <message>
            <source>Hội đồng nhân dân</source>
            <translation>People's Council</translation>
        </message>
        <message>
            <source>Hợp tác xã / doanh nghiệp</source>
            <translation>Cooperative / enterprise</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Khác</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Không đạt</source>
            <translation>Not achieved</translation>
        </message>
        <message>
            <source>Kinh tế</source>
            <translation>Economy</translation>
        </message>
        <message>
            <source>Môi trường</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Nam</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Nhà nước / Mặt trận</source>
            <translation>State / Front</translation>
        </message>
        <message>
            <source>Nhân rộng</source>
            <translation>Replicate</translation>
        </message>
        <message>
            <source>Nhân rộng từ mô hình khác</source>
            <translation>Replicated from another model</translation>
        </message>
        <message>
            <source>Nông thôn mới / đô thị văn minh</source>
            <translation>New rural area / civilised urban area</translation>
        </message>
        <message>
            <source>Nữ</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Quốc phòng - an ninh</source>
            <translation>Defence - security</translation>
        </message>
        <message>
            <source>Thôn</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>Thôn / tổ dân phố</source>
            <translation>Village / residential group</translation>
        </message>
        <message>
            <source>Tiêu biểu</source>
            <translation>Exemplary</translation>
        </message>
        <message>
            <source>Trường học</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Trạm y tế</source>
            <translation>Health station</translation>
        </message>
        <message>
            <source>Tập thể</source>
            <translation>Collective</translation>
        </message>
        <message>
            <source>Tỉnh</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Tốt</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Văn hóa - xã hội</source>
            <translation>Culture - society</translation>
        </message>
        <message>
            <source>Xuất sắc</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <source>Xây dựng hệ thống chính trị</source>
            <translation>Political system building</translation>
        </message>
        <message>
            <source>Xã</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Đang thực hiện</source>
            <translation>Implementing</translation>
        </message>
        <message>
            <source>Đoàn TNCS Hồ Chí Minh</source>
            <translation>Ho Chi Minh Communist Youth Union</translation>
        </message>
        <message>
            <source>Đoàn Thanh niên</source>
            <translation>Youth Union</translation>
        </message>
        <message>
            <source>Đã sơ kết</source>
            <translation>Reviewed (interim)</translation>
        </message>
        <message>
            <source>Đăng ký</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Được công nhận</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>Được khen thưởng</source>
            <translation>Awarded</translation>
        </message>
        <message>
            <source>Đạt</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Đảng</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Đảng ủy xã/phường</source>
            <translation>Commune Party Committee</translation>
        </message>
        <message>
            <source>Đề nghị công nhận</source>
            <translation>Propose for recognition</translation>
        </message>
        <message>
            <source>Đề nghị khen thưởng</source>
            <translation>Propose for award</translation>
        </message>
        <message>
            <source>Đồn Biên phòng</source>
            <translation>Border guard post</translation>
        </message>
        <message>
            <source>Ủy ban MTTQ</source>
            <translation>Fatherland Front Committee</translation>
        </message>
        <message>
            <source>Ủy ban Mặt trận Tổ quốc</source>
            <translation>Fatherland Front Committee</translation>
        </message>
        <message>
            <source>Ủy ban nhân dân</source>
            <translation>People's Committee</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>An ninh trật tự</source>
            <translation>Public order</translation>
        </message>
        <message>
            <source>Camera an ninh</source>
            <translation>Security cameras</translation>
        </message>
        <message>
            <source>Chuyển đổi số</source>
            <translation>Digital transformation</translation>
        </message>
        <message>
            <source>Con giống, vật nuôi hỗ trợ</source>
            <translation>Livestock provided</translation>
        </message>
        <message>
            <source>Cây cối, vật kiến trúc tháo dỡ</source>
            <translation>Trees and structures removed</translation>
        </message>
        <message>
            <source>Cầu</source>
            <translation>Bridges</translation>
        </message>
        <message>
            <source>Diện tích cây trồng</source>
            <translation>Crop area</translation>
        </message>
        <message>
            <source>Hạ tầng</source>
            <translation>Infrastructure</translation>
        </message>
        <message>
            <source>Học sinh được hỗ trợ</source>
            <translation>Pupils supported</translation>
        </message>
        <message>
            <source>Hồ sơ dịch vụ công trực tuyến được hỗ trợ</source>
            <translation>Online public-service applications assisted</translation>
        </message>
        <message>
            <source>Hộ hưởng lợi</source>
            <translation>Beneficiary households</translation>
        </message>
        <message>
            <source>Hộ thoát nghèo</source>
            <translation>Households out of poverty</translation>
        </message>
        <message>
            <source>Kinh phí nhân dân đóng góp</source>
            <translation>People's contributions</translation>
        </message>
        <message>
            <source>Kinh phí từ ngân sách</source>
            <translation>State budget funds</translation>
        </message>
        <message>
            <source>Kinh phí xã hội hóa</source>
            <translation>Social contributions</translation>
        </message>
        <message>
            <source>Kinh tế</source>
            <translation>Economy</translation>
        </message>
        <message>
            <source>Kênh mương nạo vét</source>
            <translation>Canals dredged</translation>
        </message>
        <message>
            <source>Lợi nhuận tăng thêm</source>
            <translation>Additional profit</translation>
        </message>
        <message>
            <source>Môi trường</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Ngày công lao động</source>
            <translation>Labour days</translation>
        </message>
        <message>
            <source>Người dân</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Người tham gia</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Nhà tình nghĩa, xóa nhà tạm</source>
            <translation>Gratitude houses, temporary houses replaced</translation>
        </message>
        <message>
            <source>Rác thải thu gom, phân loại</source>
            <translation>Waste collected, sorted</translation>
        </message>
        <message>
            <source>Suất ăn</source>
            <translation>Meals</translation>
        </message>
        <message>
            <source>Sản phẩm OCOP</source>
            <translation>OCOP products</translation>
        </message>
        <message>
            <source>Thùng phân loại rác</source>
            <translation>Waste sorting bins</translation>
        </message>
        <message>
            <source>Tin báo tội phạm</source>
            <translation>Crime reports</translation>
        </message>
        <message>
            <source>Tiền và ngày công</source>
            <translation>Money and labour</translation>
        </message>
        <message>
            <source>Tài khoản VNeID được kích hoạt</source>
            <translation>VNeID accounts activated</translation>
        </message>
        <message>
            <source>Vụ việc hòa giải thành</source>
            <translation>Disputes successfully mediated</translation>
        </message>
        <message>
            <source>Xã hội</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>bóng</source>
            <translation>lamps</translation>
        </message>
        <message>
            <source>con</source>
            <translation>head</translation>
        </message>
        <message>
            <source>cái</source>
            <translation>units</translation>
        </message>
        <message>
            <source>căn</source>
            <translation>houses</translation>
        </message>
        <message>
            <source>em</source>
            <translation>pupils</translation>
        </message>
        <message>
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <source>hồ sơ</source>
            <translation>applications</translation>
        </message>
        <message>
            <source>hộ</source>
            <translation>households</translation>
        </message>
        <message>
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <source>ngày công</source>
            <translation>labour days</translation>
        </message>
        <message>
            <source>người</source>
            <translation>people</translation>
        </message>
        <message>
            <source>suất</source>
            <translation>meals</translation>
        </message>
        <message>
            <source>sản phẩm</source>
            <translation>products</translation>
        </message>
        <message>
            <source>tin</source>
            <translation>reports</translation>
        </message>
        <message>
            <source>tài khoản</source>
            <translation>accounts</translation>
        </message>
        <message>
            <source>vụ</source>
            <translation>cases</translation>
        </message>
        <message>
            <source>Đèn chiếu sáng</source>
            <translation>Street lamps</translation>
        </message>
        <message>
            <source>Đường làm mới, nâng cấp</source>
            <translation>Roads built or upgraded</translation>
        </message>
        <message>
            <source>Đất hiến</source>
            <translation>Land donated</translation>
        </message>
        <message>
            <source>Đất đai</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>đồng</source>
            <translation>VND</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>Bắt đầu thực hiện</source>
            <translation>Start implementation</translation>
        </message>
        <message>
            <source>Chọn tiêu biểu</source>
            <translation>Select as exemplary</translation>
        </message>
        <message>
            <source>Công nhận</source>
            <translation>Recognise</translation>
        </message>
        <message>
            <source>Dừng / loại bỏ</source>
            <translation>Stop / remove</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Không công nhận</source>
            <translation>Do not recognise</translation>
        </message>
        <message>
            <source>Không khen thưởng</source>
            <translation>No award</translation>
        </message>
        <message>
            <source>Nhân rộng</source>
            <translation>Replicate</translation>
        </message>
        <message>
            <source>Sơ kết</source>
            <translation>Interim review</translation>
        </message>
        <message>
            <source>Tiếp tục thực hiện</source>
            <translation>Continue implementation</translation>
        </message>
        <message>
            <source>Trả lại để bổ sung</source>
            <translation>Return for completion</translation>
        </message>
        <message>
            <source>Đề nghị công nhận</source>
            <translation>Propose for recognition</translation>
        </message>
        <message>
            <source>Đề nghị khen thưởng</source>
            <translation>Propose for award</translation>
        </message>
    </context>
</TS>
