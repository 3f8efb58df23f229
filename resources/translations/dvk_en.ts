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
            <source>Khôi phục từ máy cũ…</source>
            <translation>Restore from the old computer…</translation>
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
        <message numerus="yes">
            <source>họ tên của %n người</source>
            <translation>
                <numerusform>the name of %n person</numerusform>
                <numerusform>the names of %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ảnh có người</source>
            <translation>
                <numerusform>%n photo showing people</numerusform>
                <numerusform>%n photos showing people</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Gói có dữ liệu cá nhân (%1). Nên mã hóa để chỉ cấp trên mở được.</source>
            <translation>⚠ The package holds personal data (%1). Encrypt it so that only the upper level can open it.</translation>
        </message>
        <message>
            <source>“Ghim khóa của cấp trên…”</source>
            <translation>“Pin the upper level's key…”</translation>
        </message>
        <message>
            <source>Vùng làm việc chưa biết cấp trên nhận gói. Hãy đóng cửa sổ này, vào trang “Gói dữ liệu”, bấm %1 và chọn tệp khóa cấp trên gửi, rồi xuất lại.</source>
            <translation>This workspace does not know which upper level receives its packages. Close this window, go to the “Data packages” page, click %1 and choose the key file the upper level sent, then export again.</translation>
        </message>
        <message>
            <source>Chưa mã hóa được: vùng làm việc chưa có khóa của cấp trên. Hãy đóng cửa sổ này, vào trang “Gói dữ liệu”, bấm %1 và chọn tệp khóa cấp trên gửi (đối chiếu dấu vân tay qua điện thoại), rồi xuất lại. Nếu được phép gửi không mã hóa, hãy bỏ chọn “Mã hóa gói”.</source>
            <translation>The package cannot be encrypted yet: this workspace has no key of the upper level. Close this window, go to the “Data packages” page, click %1 and choose the key file the upper level sent (check its fingerprint by phone), then export again. If sending without encryption is allowed, untick “Encrypt the package”.</translation>
        </message>
        <message>
            <source>không tên</source>
            <translation>unnamed</translation>
        </message>
        <message>
            <source>Đang chuẩn bị…</source>
            <translation>Preparing…</translation>
        </message>
        <message>
            <source>Không xuất được gói; không có gói nào được tạo. Bấm “&lt; Quay lại” để sửa rồi thử lại.</source>
            <translation>The package could not be exported; no package was made. Click “&lt; Back” to correct and try again.</translation>
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
            <source>Chờ cấp trên xem xét</source>
            <translation>Awaiting the higher level</translation>
        </message>
        <message>
            <source>Cấp trên đã chấp nhận</source>
            <translation>Accepted by the higher level</translation>
        </message>
        <message>
            <source>Cấp trên không chấp nhận</source>
            <translation>Rejected by the higher level</translation>
        </message>
        <message>
            <source>Yêu cầu thay đổi</source>
            <translation>Change request</translation>
        </message>
        <message>
            <source>Mục</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Bản cấp trên đã xét (cũ)</source>
            <translation>As the higher level reviewed it (old)</translation>
        </message>
        <message>
            <source>Đơn vị đề nghị (mới)</source>
            <translation>As the unit proposes (new)</translation>
        </message>
        <message>
            <source>Nhận xét gửi đơn vị (bắt buộc khi không chấp nhận)</source>
            <translation>Comment for the unit (required when rejecting)</translation>
        </message>
        <message>
            <source>Nhận xét:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <source>Người xem xét:</source>
            <translation>Reviewed by:</translation>
        </message>
        <message>
            <source>Chấp nhận</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Không chấp nhận</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>Gửi lúc %1 bởi %2 · dựa trên phiên bản %3 · %n thay đổi</source>
            <translation>
                <numerusform>Sent %1 by %2 · based on version %3 · %n change</numerusform>
                <numerusform>Sent %1 by %2 · based on version %3 · %n changes</numerusform>
            </translation>
        </message>
        <message>
            <source>bản đăng ký nay là phiên bản %1</source>
            <translation>the registration is now version %1</translation>
        </message>
        <message>
            <source>Yêu cầu đang chờ cấp trên xem xét; kết quả về trong gói quyết định.</source>
            <translation>The request awaits the higher level; the outcome comes back in a decisions package.</translation>
        </message>
        <message>
            <source>Tạo vùng làm việc</source>
            <translation>Create workspace</translation>
        </message>
        <message>
            <source>thôn</source>
            <translation>thôn (village)</translation>
        </message>
        <message>
            <source>tổ dân phố</source>
            <translation>tổ dân phố (residential group)</translation>
        </message>
        <message>
            <source>bản</source>
            <translation>bản (upland village)</translation>
        </message>
        <message>
            <source>ấp</source>
            <translation>ấp (hamlet)</translation>
        </message>
        <message>
            <source>khu phố</source>
            <translation>khu phố (urban quarter)</translation>
        </message>
        <message>
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Chấp nhận riêng gói ký bằng khóa đã thu hồi</source>
            <translation>Accept one package signed with a revoked key</translation>
        </message>
        <message>
            <source>Khóa ký của %1 đã bị thu hồi, nên mọi gói ký bằng khóa đó đều bị từ chối. Chỉ chấp nhận riêng gói này khi đã đối chiếu với đơn vị gửi (ví dụ gọi điện) rằng chính họ đã gửi nó trước khi mất khóa. Chỉ đúng gói này được nhận; việc chấp nhận được ghi vào nhật ký thay đổi kèm lý do và tên người chấp nhận.</source>
            <translation>The signing key of %1 has been revoked, so every package signed with it is refused. Accept this package only after checking with the sender (by telephone, say) that they sent it themselves before the key was lost. Only this exact package is taken; the acceptance is written to the change log with the reason and your name.</translation>
        </message>
        <message>
            <source>Lý do, ví dụ: gói gửi trước khi mất máy, đã đối chiếu qua điện thoại</source>
            <translation>Reason, e.g. sent before the PC was lost, confirmed by telephone</translation>
        </message>
        <message>
            <source>Chấp nhận gói này</source>
            <translation>Accept this package</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Lý do chấp nhận:</source>
            <translation>Reason for accepting:</translation>
        </message>
        <message>
            <source>Gửi yêu cầu thay đổi</source>
            <translation>Send a change request</translation>
        </message>
        <message>
            <source>Cấp trên sẽ thấy bản đăng ký như đã xét và bản bạn đề nghị, từng mục một, rồi chấp nhận hoặc không. Đến khi đó bản đăng ký giữ nguyên. Yêu cầu lên cấp trên trong gói dữ liệu tới.</source>
            <translation>The higher level will see the registration as it reviewed it and the version you propose, item by item, then accept or reject it. Until then the registration stays as it is. The request goes up in the next data package.</translation>
        </message>
        <message>
            <source>Gồm các thay đổi bạn vừa nhập trong bản đăng ký.</source>
            <translation>Includes the changes you just typed in the registration.</translation>
        </message>
        <message>
            <source>Gồm minh chứng mới bổ sung: %1.</source>
            <translation>Includes the new evidence added: %1.</translation>
        </message>
        <message>
            <source>Ví dụ: mở rộng địa bàn sang tổ dân phố 6</source>
            <translation>For example: extending the area to residential group 6</translation>
        </message>
        <message>
            <source>Lý do xin thay đổi:</source>
            <translation>Reason for the change:</translation>
        </message>
        <message>
            <source>Giữ trạng thái hiện tại</source>
            <translation>Keep the current status</translation>
        </message>
        <message>
            <source>Xin chuyển trạng thái:</source>
            <translation>Ask for the status:</translation>
        </message>
        <message>
            <source>Xin bỏ minh chứng (đánh dấu):</source>
            <translation>Ask to remove evidence (tick):</translation>
        </message>
        <message>
            <source>Gửi yêu cầu</source>
            <translation>Send the request</translation>
        </message>
        <message>
            <source>Ký duyệt bản đăng ký</source>
            <translation>Sign off the registration</translation>
        </message>
        <message>
            <source>Lãnh đạo đơn vị ký duyệt phiên bản %1 của bản đăng ký. Sau khi ký, bản đăng ký không sửa được nữa (muốn sửa phải rút ký duyệt) và mô hình đề nghị công nhận được.</source>
            <translation>The unit's head signs off version %1 of the registration. Once signed, the registration can no longer be edited (withdraw the sign-off to edit it) and the model can be proposed for recognition.</translation>
        </message>
        <message>
            <source>Ví dụ: Chủ tịch UBND xã</source>
            <translation>For example: Chair of the commune People's Committee</translation>
        </message>
        <message>
            <source>Họ tên người ký duyệt:</source>
            <translation>Signed off by (full name):</translation>
        </message>
        <message>
            <source>Chức vụ:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Ký duyệt</source>
            <translation>Sign off</translation>
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
            <source>Cơ quan tham mưu, theo dõi, tổng hợp phong trào “Dân vận khéo” của tỉnh.</source>
            <translation>The body that advises on, follows and sums up the “Dân vận khéo” movement in the province.</translation>
        </message>
        <message>
            <source>Quyết định gửi về các xã được ký bằng khóa riêng của đơn vị, bảo vệ bằng mật khẩu; các xã ghim khóa này.</source>
            <translation>Decisions sent to the communes are signed with the unit's own key, protected by a passphrase; the communes pin this key.</translation>
        </message>
        <message>
            <source>Đặt mật khẩu đủ dài (ít nhất 8 ký tự) và ghi lại ở nơi an toàn. Để trống nếu muốn tạo khóa sau trong trang “Khóa ký, sổ gói”.</source>
            <translation>Choose a long passphrase (at least 8 characters) and keep a copy somewhere safe. Leave it empty to create the key later on the “Key and ledger” page.</translation>
        </message>
        <message>
            <source>Cơ quan tham mưu, theo dõi, tổng hợp phong trào “Dân vận khéo” ở cấp xã.</source>
            <translation>The body that advises on, follows and summarises the movement at commune level.</translation>
        </message>
        <message>
            <source>Gói gửi lên cấp trên được ký bằng khóa riêng của đơn vị, bảo vệ bằng mật khẩu.</source>
            <translation>Packages sent to the upper level are signed with the unit's private key, protected by a passphrase.</translation>
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

Phiếu đăng ký khóa (in ra, ký, đóng dấu rồi gửi các xã) và tệp đăng ký khóa (gửi kèm qua USB hoặc thư điện tử) đã được lưu:
%2
%3</source>
            <translation>Signing key created. Fingerprint: %1.

The key enrolment sheet (print it, sign, stamp and send it to the communes) and the enrolment file (send it with the sheet on a USB stick or by e-mail) were saved:
%2
%3</translation>
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
            <source>Đang tạo vùng làm việc trên máy chủ</source>
            <translation>Creating the workspace on the server</translation>
        </message>
        <message>
            <source>Đã hủy tạo vùng làm việc</source>
            <translation>Workspace creation cancelled</translation>
        </message>
        <message>
            <source>Có thể tạo lại bất cứ lúc nào.</source>
            <translation>You can create it again at any time.</translation>
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
        <message>
            <source>Kiểm tra</source>
            <translation>Check</translation>
        </message>
        <message numerus="yes">
            <source>Cần bổ sung: %n mục</source>
            <translation>
                <numerusform>To complete: %n item</numerusform>
                <numerusform>To complete: %n items</numerusform>
            </translation>
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
            <source>Đã in ra tệp %1</source>
            <translation>Printed to %1</translation>
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
            <source>Ghi quyết định ở trang “Quyết định” (số, ngày ký, cơ quan ban hành).</source>
            <translation>Record the decision on the “Decisions” page (number, date signed, issuing body).</translation>
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
            <source>Quyết định %1 số %2 ngày %3 của %4</source>
            <translation>Decision (%1) no. %2 of %3 by %4</translation>
        </message>
        <message>
            <source>Thẩm định, chấm điểm</source>
            <translation>Review and scoring</translation>
        </message>
        <message>
            <source>Ý kiến cấp trên</source>
            <translation>Upper level's feedback</translation>
        </message>
        <message>
            <source>Chưa thể “%1”: bản đăng ký còn thiếu %2 mục, xem danh sách bên dưới.</source>
            <translation>Cannot “%1” yet: the registration is missing %2 item(s), see the list below.</translation>
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
            <source>Các thay đổi chưa được gửi thành yêu cầu. Gửi trước khi đóng?</source>
            <translation>The changes have not been sent as a request. Send them before closing?</translation>
        </message>
        <message>
            <source>Gửi yêu cầu…</source>
            <translation>Send the request…</translation>
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
            <source>Sửa báo cáo tiến độ</source>
            <translation>Edit progress report</translation>
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
            <source>Chưa lưu báo cáo:</source>
            <translation>The report was not saved:</translation>
        </message>
        <message>
            <source>Đã sao chép</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Đã lưu</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Lưu báo cáo lỗi</source>
            <translation>Save the error report</translation>
        </message>
        <message>
            <source>Tệp văn bản (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <source>Không lưu được</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu không bị ảnh hưởng; bạn có thể tiếp tục làm việc. Chi tiết kỹ thuật được ghi vào tệp nhật ký:</source>
            <translation>An unexpected error occurred. Saved data is not affected; you can continue working. Technical details were written to the log file:</translation>
        </message>
        <message>
            <source>Báo cáo lỗi (không có dữ liệu cá nhân, không có mật khẩu) đã được lưu tại %1; bạn có thể lưu một bản khác hoặc sao chép để gửi cho người hỗ trợ.</source>
            <translation>An error report (no personal data, no passphrase) was saved at %1; you can save another copy or copy it to send to whoever supports you.</translation>
        </message>
        <message>
            <source>Thông báo</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Tài khoản của bạn đã bị khóa (người quản trị vừa khóa, có thể từ máy khác), nên việc vừa làm chưa được lưu. Hãy đăng nhập bằng tài khoản khác, hoặc liên hệ người quản trị.</source>
            <translation>Your account has been disabled (an administrator has just disabled it, perhaps on another PC), so what you just did was not saved. Sign in with another account, or contact the administrator.</translation>
        </message>
        <message>
            <source>Vai trò của bạn có thể vừa được thay đổi; hãy đăng nhập lại để cập nhật.</source>
            <translation>Your roles may have just been changed; sign in again to bring them up to date.</translation>
        </message>
        <message>
            <source>Đăng nhập lại…</source>
            <translation>Sign in again…</translation>
        </message>
        <message>
            <source>TCVN3 (ABC, phông .VnTime)</source>
            <translation>TCVN3 (ABC, .VnTime font)</translation>
        </message>
        <message>
            <source>VNI-Windows (phông VNI-Times)</source>
            <translation>VNI-Windows (VNI-Times font)</translation>
        </message>
        <message>
            <source>Cột “%1”: chuyển từ %2: “%3” → “%4”</source>
            <translation>Column “%1”: converted from %2: “%3” → “%4”</translation>
        </message>
        <message>
            <source>tên cột</source>
            <translation>column names</translation>
        </message>
        <message>
            <source>Tất cả các dòng</source>
            <translation>All rows</translation>
        </message>
        <message>
            <source>Dòng có lỗi</source>
            <translation>Rows with errors</translation>
        </message>
        <message>
            <source>Dòng có chữ được chuyển mã</source>
            <translation>Rows with converted text</translation>
        </message>
        <message>
            <source>Chưa chọn tệp.</source>
            <translation>No file chosen yet.</translation>
        </message>
        <message>
            <source>Chọn bảng tính để nhập</source>
            <translation>Choose a spreadsheet to import</translation>
        </message>
        <message>
            <source>Bảng tính (%1)</source>
            <translation>Spreadsheets (%1)</translation>
        </message>
        <message>
            <source>Mọi tệp (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Lưu tệp mẫu nhập mô hình</source>
            <translation>Save the model import template</translation>
        </message>
        <message>
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Không ghi được tệp mẫu vào thư mục đã chọn.</source>
            <translation>The template could not be written to the chosen folder.</translation>
        </message>
        <message>
            <source>Đã lưu tệp mẫu: %1</source>
            <translation>Template saved: %1</translation>
        </message>
        <message>
            <source>Đang kiểm tra tệp</source>
            <translation>Checking the file</translation>
        </message>
        <message>
            <source>Không đọc được tệp này.</source>
            <translation>This file cannot be read.</translation>
        </message>
        <message>
            <source>Đã dừng kiểm tra; chưa ghi gì.</source>
            <translation>Check stopped; nothing was written.</translation>
        </message>
        <message>
            <source>Đang nhập mô hình</source>
            <translation>Importing models</translation>
        </message>
        <message numerus="yes">
            <source>Đã nhập %n mô hình.</source>
            <translation>
                <numerusform>Imported %n model.</numerusform>
                <numerusform>Imported %n models.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tệp có %1 dòng dữ liệu: %2 dòng hợp lệ, %3 dòng có lỗi.</source>
            <translation>The file has %1 data rows: %2 valid, %3 with errors.</translation>
        </message>
        <message numerus="yes">
            <source>%n ô gõ bằng bảng mã cũ (TCVN3, VNI) được chuyển sang Unicode.</source>
            <translation>
                <numerusform>%n cell typed in an old encoding (TCVN3, VNI) converted to Unicode.</numerusform>
                <numerusform>%n cells typed in an old encoding (TCVN3, VNI) converted to Unicode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sẽ tạo mới %n tổ chức: %1</source>
            <translation>
                <numerusform>Will create %n organisation: %1</numerusform>
                <numerusform>Will create %n organisations: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Đã tạo mới %n tổ chức: %1</source>
            <translation>
                <numerusform>Created %n organisation: %1</numerusform>
                <numerusform>Created %n organisations: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sẽ tạo mới %n thôn, tổ dân phố: %1</source>
            <translation>
                <numerusform>Will create %n village: %1</numerusform>
                <numerusform>Will create %n villages: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Đã tạo mới %n thôn, tổ dân phố: %1</source>
            <translation>
                <numerusform>Created %n village: %1</numerusform>
                <numerusform>Created %n villages: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sẽ tạo mới %n người: %1</source>
            <translation>
                <numerusform>Will create %n person: %1</numerusform>
                <numerusform>Will create %n people: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Đã tạo mới %n người: %1</source>
            <translation>
                <numerusform>Created %n person: %1</numerusform>
                <numerusform>Created %n people: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Hãy sửa các dòng có lỗi trong tệp rồi kiểm tra lại.</source>
            <translation>Correct the rows with errors in the file, then check again.</translation>
        </message>
        <message>
            <source>(dòng tên cột)</source>
            <translation>(column names row)</translation>
        </message>
        <message>
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Đã chuyển mã</source>
            <translation>Converted</translation>
        </message>
        <message>
            <source>Đã nhập %1</source>
            <translation>Imported %1</translation>
        </message>
        <message>
            <source>Bỏ qua</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Sẽ nhập: %1</source>
            <translation>Will import: %1</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Nhập %n mô hình</source>
            <translation>
                <numerusform>&amp;Import %n model</numerusform>
                <numerusform>&amp;Import %n models</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Nhập</source>
            <translation>&amp;Import</translation>
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
            <source>Chưa có minh chứng.</source>
            <translation>No evidence yet.</translation>
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
            <source>Chọn một minh chứng để xem.</source>
            <translation>Select a piece of evidence to view it.</translation>
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
            <source>%n tệp gửi kèm</source>
            <translation>
                <numerusform>%n file attached</numerusform>
                <numerusform>%n files attached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mô hình</source>
            <translation>
                <numerusform>%n model</numerusform>
                <numerusform>%n models</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n báo cáo tiến độ</source>
            <translation>
                <numerusform>%n progress report</numerusform>
                <numerusform>%n progress reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minh chứng</source>
            <translation>
                <numerusform>%n piece of evidence</numerusform>
                <numerusform>%n pieces of evidence</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phiếu chấm điểm</source>
            <translation>
                <numerusform>%n score sheet</numerusform>
                <numerusform>%n score sheets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quyết định</source>
            <translation>
                <numerusform>%n decision</numerusform>
                <numerusform>%n decisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n người</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n đơn vị cấp dưới</source>
            <translation>
                <numerusform>%n lower-level unit</numerusform>
                <numerusform>%n lower-level units</numerusform>
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
            <source>Xóa báo cáo tiến độ</source>
            <translation>Delete progress report</translation>
        </message>
        <message>
            <source>Xóa báo cáo ngày %1 (%2)?</source>
            <translation>Delete the report of %1 (%2)?</translation>
        </message>
        <message>
            <source>không ghi kỳ</source>
            <translation>no period given</translation>
        </message>
        <message>
            <source>Minh chứng kèm theo vẫn giữ trong thẻ “Minh chứng”; nội dung báo cáo vẫn được ghi trong nhật ký thay đổi.</source>
            <translation>Its evidence stays in the “Evidence” tab; the report's content stays in the change log.</translation>
        </message>
        <message>
            <source>Xóa báo cáo</source>
            <translation>Delete report</translation>
        </message>
        <message>
            <source>Không xóa</source>
            <translation>Keep it</translation>
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
            <source>Vùng làm việc chỉ đọc được: chương trình hỏi thư mục để lưu bản sao.</source>
            <translation>The workspace is read-only: the program asks for a folder to save the backup in.</translation>
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
            <source>Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): chương trình không tự sao lưu vào thư mục %2. Bấm “Sao lưu ngay” và chọn một thư mục khác (ổ đĩa của máy tính, một USB khác).</source>
            <translation>This workspace is read-only (the USB stick is write-protected, or the folder cannot be written): the program does not back up into the folder %2 by itself. Click “Back up now” and choose another folder (a drive of this computer, another USB stick).</translation>
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
            <source>Không lưu được bản sao vào thư mục “%1”: thư mục này chỉ đọc được.</source>
            <translation>The backup cannot be saved in the folder “%1”: it is read-only.</translation>
        </message>
        <message>
            <source>Vùng làm việc vẫn sao lưu được ra nơi khác. Hãy chọn một thư mục ghi được, ví dụ ổ đĩa của máy tính hoặc một USB khác.</source>
            <translation>The workspace can still be backed up elsewhere. Choose a folder that can be written, for example a drive of this computer or another USB stick.</translation>
        </message>
        <message>
            <source>Chọn thư mục khác…</source>
            <translation>Choose another folder…</translation>
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
            <source>Cài DVK Desktop trên máy mới, mở màn hình này và chọn tệp chuyển máy. Mọi tệp được kiểm tra trước; dữ liệu đang có trong “%1” (nếu có) được giữ lại ở thư mục bên cạnh.</source>
            <translation>Install DVK Desktop on the new computer, open this screen and choose the transfer file. Every file is checked first; whatever “%1” holds (if anything) is kept in a folder beside it.</translation>
        </message>
        <message>
            <source>Đang ghi tệp chuyển máy</source>
            <translation>Writing the transfer file</translation>
        </message>
        <message>
            <source>Đã ghi và kiểm tra tệp chuyển máy: &lt;b&gt;%1&lt;/b&gt; (%2).</source>
            <translation>Transfer file written and verified: &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
        </message>
        <message>
            <source>Chép tệp này sang máy mới, mở DVK Desktop, chọn “Chuyển sang máy mới…” rồi “Khôi phục từ tệp…”. Mật khẩu khóa ký vẫn như cũ.</source>
            <translation>Copy this file to the new computer, open DVK Desktop, choose “Move to a new computer…” then “Restore from a file…”. The signing key's passphrase stays the same.</translation>
        </message>
        <message>
            <source>Chọn nơi ghi tệp chuyển máy (ví dụ ổ USB)</source>
            <translation>Choose where to write the transfer file (a USB stick, for example)</translation>
        </message>
        <message>
            <source>Khôi phục trên máy mới</source>
            <translation>Restore on the new computer</translation>
        </message>
        <message>
            <source>Đưa dữ liệu trong “%1” vào máy này?</source>
            <translation>Bring the data in “%1” onto this computer?</translation>
        </message>
        <message>
            <source>Dữ liệu đang có ở “%1” được giữ lại trong một thư mục bên cạnh.</source>
            <translation>Whatever “%1” holds now is kept in a folder beside it.</translation>
        </message>
        <message>
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Đang kiểm tra và khôi phục</source>
            <translation>Checking and restoring</translation>
        </message>
        <message>
            <source>Đã khôi phục vùng làm việc của %1 vào %2.</source>
            <translation>The workspace of %1 was restored into %2.</translation>
        </message>
        <message>
            <source>Dữ liệu có sẵn trước đó được giữ ở %1.</source>
            <translation>The data that was there before is kept at %1.</translation>
        </message>
        <message>
            <source>Chọn tệp chuyển máy</source>
            <translation>Choose the transfer file</translation>
        </message>
        <message>
            <source>Tệp chuyển máy (*.dvkmove)</source>
            <translation>Transfer files (*.dvkmove)</translation>
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
            <source>Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): xem được, không sửa được, không tự động sao lưu.</source>
            <translation>This workspace is read-only (the USB stick is write-protected, or the folder cannot be written): you can view it, not change it, and it is not backed up automatically.</translation>
        </message>
        <message>
            <source>Sao lưu sang nơi khác</source>
            <translation>Back up elsewhere</translation>
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
            <source>Kết nối cơ sở dữ liệu chung</source>
            <translation>Connect the shared database</translation>
        </message>
        <message>
            <source>Máy đầu tiên của cơ quan đã tạo vùng làm việc trên máy chủ PostgreSQL. Chọn một thư mục trống trên máy này (giữ tệp minh chứng, khóa ký, nhật ký) và nhập địa chỉ máy chủ. Mật khẩu được cất trong tệp mật khẩu riêng của người dùng máy này, không ở thư mục vùng làm việc.</source>
            <translation>The office's first PC created the workspace on the PostgreSQL server. Choose an empty folder on this PC (it keeps the evidence files, signing keys and logs) and enter the server's address. The password is kept in this PC user's own password file, not in the workspace folder.</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Thư mục:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Kết nối</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Chọn thư mục vùng làm việc</source>
            <translation>Choose the workspace folder</translation>
        </message>
        <message>
            <source>Đang kết nối cơ sở dữ liệu chung</source>
            <translation>Connecting the shared database</translation>
        </message>
        <message>
            <source>Nâng cấp dữ liệu trên máy chủ</source>
            <translation>Upgrade the data on the server</translation>
        </message>
        <message>
            <source>Nâng cấp ngay? Các máy khác của cơ quan cần cài phiên bản này.</source>
            <translation>Upgrade now? The office's other PCs need this version installed too.</translation>
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
            <source>Chưa có yêu cầu thay đổi nào.</source>
            <translation>No change requests yet.</translation>
        </message>
        <message>
            <source>Mô hình</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Gửi lúc</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Số mục</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Nhận xét của cấp trên</source>
            <translation>Higher level's comment</translation>
        </message>
        <message>
            <source>Mở bản đăng ký</source>
            <translation>Open the registration</translation>
        </message>
        <message>
            <source>Xem cũ và mới…</source>
            <translation>Compare old and new…</translation>
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
            <source>Mô hình các xã</source>
            <translation>Communes' models</translation>
        </message>
        <message>
            <source>Đơn vị cấp dưới</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>Tiếp nhận gói</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <source>Thẩm định</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Chấm điểm</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>Quyết định</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Gửi về xã</source>
            <translation>Send to communes</translation>
        </message>
        <message>
            <source>Báo cáo tổng hợp</source>
            <translation>Summary reports</translation>
        </message>
        <message>
            <source>In biểu mẫu</source>
            <translation>Print forms</translation>
        </message>
        <message>
            <source>Khóa ký, sổ gói</source>
            <translation>Key and ledger</translation>
        </message>
        <message>
            <source>Ẩn thông báo</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <source>Đã sao lưu lúc %1.</source>
            <translation>Backed up at %1.</translation>
        </message>
        <message>
            <source>Hãy chọn mô hình cần in trong danh sách.</source>
            <translation>Select the models to print in the list first.</translation>
        </message>
        <message>
            <source>&lt;b&gt;DVK Desktop %1&lt;/b&gt;&lt;br&gt;Tổng hợp mô hình, điển hình “Dân vận khéo” của các xã ngoại tuyến: nhận gói có chữ ký, công nhận, khen thưởng, gửi quyết định về xã.&lt;br&gt;Giấy phép GPL-3.0-or-later.</source>
            <translation>&lt;b&gt;DVK Desktop %1&lt;/b&gt;&lt;br&gt;Gathers the communes' “Dân vận khéo” models offline: receives signed packages, recognises, commends, sends decisions back to the communes.&lt;br&gt;Licence GPL-3.0-or-later.</translation>
        </message>
        <message>
            <source>Đang sao lưu trước khi thoát</source>
            <translation>Backing up before quitting</translation>
        </message>
        <message>
            <source>Công nhận mô hình đề nghị</source>
            <translation>Recognise proposed models</translation>
        </message>
        <message>
            <source>Không công nhận</source>
            <translation>Do not recognise</translation>
        </message>
        <message>
            <source>Chọn tiêu biểu</source>
            <translation>Select as exemplary</translation>
        </message>
        <message>
            <source>Đề nghị khen thưởng (mô hình tiêu biểu)</source>
            <translation>Propose for commendation (exemplary models)</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Nhân rộng</source>
            <translation>Replicate</translation>
        </message>
        <message>
            <source>— chọn hình thức —</source>
            <translation>— choose a form —</translation>
        </message>
        <message>
            <source>Mọi xã, phường</source>
            <translation>All communes</translation>
        </message>
        <message>
            <source>Mọi năm</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Cùng tệp minh chứng</source>
            <translation>Same evidence file</translation>
        </message>
        <message>
            <source>Đăng ký lại, không ghi duy trì</source>
            <translation>Registered again, not marked as maintained</translation>
        </message>
        <message>
            <source>Tên gần giống</source>
            <translation>Similar name</translation>
        </message>
        <message>
            <source>Có thể trùng với</source>
            <translation>Possible duplicate of</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Xã, phường</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Tên mô hình</source>
            <translation>Model name</translation>
        </message>
        <message>
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Lý do (không bắt buộc)</source>
            <translation>Reason (optional)</translation>
        </message>
        <message>
            <source>Không trùng</source>
            <translation>Not a duplicate</translation>
        </message>
        <message>
            <source>Hai mô hình này khác nhau: không cảnh báo lại cặp này nữa.</source>
            <translation>These are two different models: do not flag this pair again.</translation>
        </message>
        <message>
            <source>Đã ghi “không trùng”; cặp này sẽ không được cảnh báo lại.</source>
            <translation>Marked “not a duplicate”; this pair will not be flagged again.</translation>
        </message>
        <message>
            <source>Lĩnh vực</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Chỉ hiện %1 mô hình đầu tiên: hãy lọc theo xã hoặc năm.</source>
            <translation>Only the first %1 models are shown: filter by commune or year.</translation>
        </message>
        <message>
            <source>&amp;Ghi chú, số tờ trình:</source>
            <translation>&amp;Note, proposal no.:</translation>
        </message>
        <message>
            <source>&amp;Trích yếu:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>Đã chọn %1/%2 mô hình</source>
            <translation>%1 of %2 models chosen</translation>
        </message>
        <message numerus="yes">
            <source>Đề nghị khen thưởng %n mô hình</source>
            <translation>
                <numerusform>Propose %n model for commendation</numerusform>
                <numerusform>Propose %n models for commendation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ghi quyết định cho %n mô hình</source>
            <translation>
                <numerusform>Record the decision for %n model</numerusform>
                <numerusform>Record the decision for %n models</numerusform>
            </translation>
        </message>
        <message>
            <source>Bản quét quyết định đã ký</source>
            <translation>Scan of the signed decision</translation>
        </message>
        <message>
            <source>PDF hoặc ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
            <translation>PDF or photo (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
        </message>
        <message>
            <source>Đang ghi quyết định</source>
            <translation>Recording the decision</translation>
        </message>
        <message>
            <source>Đã ghi quyết định số %1 cho %2 mô hình.</source>
            <translation>Decision no. %1 recorded for %2 models.</translation>
        </message>
        <message>
            <source>Đã đề nghị khen thưởng %2 mô hình.</source>
            <translation>%2 models proposed for commendation.</translation>
        </message>
        <message>
            <source>Đang tạo tệp PDF</source>
            <translation>Creating the PDF</translation>
        </message>
        <message>
            <source>Đã lưu bản quét vào minh chứng của %1 mô hình.</source>
            <translation>The scan was kept as evidence of %1 models.</translation>
        </message>
        <message>
            <source>Đang lưu bản quét</source>
            <translation>Saving the scan</translation>
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
            <source>Mọi đơn vị</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Chưa gửi kỳ này</source>
            <translation>Not sent for this period</translation>
        </message>
        <message>
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Chưa ghi nhận khóa</source>
            <translation>Key not enrolled</translation>
        </message>
        <message>
            <source>Đã gửi kỳ này</source>
            <translation>Sent for this period</translation>
        </message>
        <message>
            <source>Thiếu minh chứng hoặc thiếu gói</source>
            <translation>Evidence or packages missing</translation>
        </message>
        <message>
            <source>6 tháng đầu năm %1</source>
            <translation>First half of %1</translation>
        </message>
        <message>
            <source>6 tháng cuối năm %1</source>
            <translation>Second half of %1</translation>
        </message>
        <message>
            <source>Năm %1</source>
            <translation>Year %1</translation>
        </message>
        <message>
            <source>Giai đoạn %1–%2</source>
            <translation>Phase %1–%2</translation>
        </message>
        <message>
            <source>Chưa đặt hạn nộp cho kỳ này.</source>
            <translation>No deadline set for this period.</translation>
        </message>
        <message>
            <source>Hạn nộp: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Deadline: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n đơn vị quá hạn</source>
            <translation>
                <numerusform>%n unit overdue</numerusform>
                <numerusform>%n units overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n đơn vị</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 đã ghi nhận khóa</source>
            <translation>%1 with an enrolled key</translation>
        </message>
        <message>
            <source>%1 đã gửi kỳ này</source>
            <translation>%1 sent for this period</translation>
        </message>
        <message>
            <source>đang hiện %1</source>
            <translation>%1 shown</translation>
        </message>
        <message>
            <source>Chọn một đơn vị để xem khóa ký, các gói đã nhận và mô hình theo trạng thái. Ghi nhận khóa: chọn tệp đăng ký khóa xã gửi, rồi gõ dãy số cán bộ xã đọc qua điện thoại (hoặc so với phiếu giấy có chữ ký, đóng dấu).</source>
            <translation>Choose a unit to see its signing key, the packages received and its models by status. To enrol a key: choose the enrolment file the commune sent, then type the digits its clerk reads over the phone (or compare them with the signed, stamped paper sheet).</translation>
        </message>
        <message>
            <source>Chưa ghi nhận khóa ký của đơn vị này.</source>
            <translation>This unit's signing key is not enrolled yet.</translation>
        </message>
        <message>
            <source>Ghi nhận</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Đổi khóa</source>
            <translation>Key changed</translation>
        </message>
        <message>
            <source>thu hồi ngày %1</source>
            <translation>revoked on %1</translation>
        </message>
        <message>
            <source>đang dùng</source>
            <translation>in use</translation>
        </message>
        <message>
            <source>Khóa ký:</source>
            <translation>Signing key:</translation>
        </message>
        <message>
            <source>Chưa nhận gói nào của đơn vị này.</source>
            <translation>No package received from this unit yet.</translation>
        </message>
        <message>
            <source>Gói gần nhất: số %1, lập ngày %2, nhận ngày %3, %4, %5 mô hình.</source>
            <translation>Latest package: no. %1, made on %2, received on %3, %4, %5 models.</translation>
        </message>
        <message>
            <source>Chưa nhận được gói số: %1 (xã đã lập nhưng chưa tới).</source>
            <translation>Packages not received: %1 (made by the commune, never arrived).</translation>
        </message>
        <message>
            <source>Còn thiếu %1 tệp minh chứng: hãy đề nghị xã gửi lại.</source>
            <translation>%1 evidence files are missing: ask the commune to send them again.</translation>
        </message>
        <message>
            <source>Mô hình đã nhận theo trạng thái:</source>
            <translation>Models received, by status:</translation>
        </message>
        <message>
            <source>Kỳ này:</source>
            <translation>This period:</translation>
        </message>
        <message>
            <source>Thu hồi khóa ký</source>
            <translation>Revoke the signing key</translation>
        </message>
        <message>
            <source>Thu hồi khóa của %1: mọi gói ký bằng khóa này sẽ bị từ chối. Lý do (ví dụ: máy tính của xã bị mất):</source>
            <translation>Revoke the key of %1: every package signed with it will be refused. Reason (e.g. the commune's computer was lost):</translation>
        </message>
        <message>
            <source>Đang xuất danh sách đơn vị</source>
            <translation>Exporting the list of units</translation>
        </message>
        <message>
            <source>Đã lưu: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Lưu danh sách đơn vị</source>
            <translation>Save the list of units</translation>
        </message>
        <message>
            <source>Đang tạo báo cáo tình hình gửi dữ liệu</source>
            <translation>Writing the completeness report</translation>
        </message>
        <message>
            <source>Báo cáo đầy đủ</source>
            <translation>Completeness report</translation>
        </message>
        <message>
            <source>Đã lưu báo cáo tình hình gửi dữ liệu:
%1</source>
            <translation>The completeness report was saved:
%1</translation>
        </message>
        <message>
            <source>Mở tệp</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>Lưu báo cáo đầy đủ</source>
            <translation>Save completeness report</translation>
        </message>
        <message>
            <source>Báo cáo PDF (*.pdf)</source>
            <translation>PDF report (*.pdf)</translation>
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
            <source>Chọn một xã trước</source>
            <translation>Choose a commune first</translation>
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
            <source>Cần lãnh đạo ký duyệt trước khi đề nghị công nhận</source>
            <translation>The head must sign off before a model is proposed for recognition</translation>
        </message>
        <message>
            <source>Đã lưu cài đặt.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Ngôn ngữ mới có hiệu lực sau khi đóng và mở lại chương trình.</source>
            <translation>The new language takes effect after you close and reopen the program.</translation>
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
            <source>Khóa ký và sổ gói</source>
            <translation>Signing key and package ledger</translation>
        </message>
        <message>
            <source>Xuất tệp đăng ký khóa gửi các xã…</source>
            <translation>Export the key enrolment file for the communes…</translation>
        </message>
        <message>
            <source>Ghim khóa của cấp trên nữa…</source>
            <translation>Pin the key of a level above…</translation>
        </message>
        <message>
            <source>Chỉ cần khi đơn vị này gửi gói tổng hợp lên một cấp cao hơn.</source>
            <translation>Only needed when this unit sends an aggregate package to a higher level.</translation>
        </message>
        <message>
            <source>Các gói đã nhận từ các xã và đã gửi về xã:</source>
            <translation>Packages received from the communes and sent to them:</translation>
        </message>
        <message>
            <source>Nhận gói của các xã ở trang “Tiếp nhận gói”; ghi nhận khóa của xã ở trang “Đơn vị cấp dưới”; gửi quyết định ở trang “Gửi về xã”.</source>
            <translation>Receive the communes' packages on the “Inbox” page; enrol a commune's key on the “Communes” page; send decisions on the “Send to communes” page.</translation>
        </message>
        <message>
            <source>Chưa có khóa ký. Hãy tạo khóa trước khi gửi quyết định về các xã.</source>
            <translation>No signing key yet. Create one before sending decisions to the communes.</translation>
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
            <source>Các xã ghim khóa này (tệp đăng ký khóa và dấu vân tay) để chỉ nhận quyết định do đúng đơn vị này ký.</source>
            <translation>The communes pin this key (enrolment file and fingerprint) so that they only accept decisions signed by this unit.</translation>
        </message>
        <message>
            <source>Gói tổng hợp gửi: %1</source>
            <translation>Aggregate packages go to: %1</translation>
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
            <source>Gọi điện cho đơn vị gửi tệp và gõ dấu vân tay họ đọc (các nhóm số):</source>
            <translation>Call the unit that sent the file and type the fingerprint they read out (the digit groups):</translation>
        </message>
        <message>
            <source>Gói dữ liệu DVK (%1)</source>
            <translation>DVK data packages (%1)</translation>
        </message>
        <message>
            <source>Chưa nhập gói nào trong lần mở này.</source>
            <translation>No package imported in this session yet.</translation>
        </message>
        <message>
            <source>Có gói được mã hóa. Mật khẩu khóa ký của đơn vị:</source>
            <translation>Some packages are encrypted. Passphrase of the unit's signing key:</translation>
        </message>
        <message>
            <source>Thêm người dùng</source>
            <translation>Add a user</translation>
        </message>
        <message>
            <source>Đổi vai trò của %1</source>
            <translation>Change the roles of %1</translation>
        </message>
        <message>
            <source>Đặt lại mật khẩu của %1</source>
            <translation>Reset the password of %1</translation>
        </message>
        <message>
            <source>Họ và tên:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Mật khẩu (ít nhất 8 ký tự):</source>
            <translation>Password (at least 8 characters):</translation>
        </message>
        <message>
            <source>Nhập lại mật khẩu:</source>
            <translation>Repeat the passphrase:</translation>
        </message>
        <message>
            <source>Vai trò:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>Hai lần nhập mật khẩu không giống nhau; chưa lưu.</source>
            <translation>The two passwords differ; nothing was saved.</translation>
        </message>
        <message>
            <source>Sai mật khẩu 3 lần; chưa nhập gói nào.</source>
            <translation>Wrong passphrase three times; no package was imported.</translation>
        </message>
        <message>
            <source>Không thấy tệp gói nào (.dvkpkg, .dvkpkg.age) trong những gì đã chọn.</source>
            <translation>No package file (.dvkpkg, .dvkpkg.age) among what was chosen.</translation>
        </message>
        <message>
            <source>Đang nhập %1 tệp…</source>
            <translation>Importing %1 files…</translation>
        </message>
        <message>
            <source>Tệp %1/%2: %3</source>
            <translation>File %1/%2: %3</translation>
        </message>
        <message>
            <source>%1 quyết định mới, %2 mô hình được cập nhật</source>
            <translation>%1 new decisions, %2 models updated</translation>
        </message>
        <message>
            <source>%1 mô hình mới, %2 cập nhật, %3 không đổi</source>
            <translation>%1 new models, %2 updated, %3 unchanged</translation>
        </message>
        <message>
            <source>Không có gì thay đổi.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Chưa nhập vì đã dừng.</source>
            <translation>Not imported: the batch was stopped.</translation>
        </message>
        <message>
            <source>Xong %1 tệp: %2. Mô hình: %3 mới, %4 cập nhật.</source>
            <translation>Files done: %1 (%2). Models: %3 new, %4 updated.</translation>
        </message>
        <message>
            <source>Đã dừng theo yêu cầu; các tệp còn lại chưa nhập.</source>
            <translation>Stopped as asked; the remaining files were not imported.</translation>
        </message>
        <message>
            <source>Đang dừng: gói đang nhập dở không được nhập, không có gì thay đổi…</source>
            <translation>Stopping: the package half imported is left out, nothing is changed…</translation>
        </message>
        <message>
            <source>Không có gì bị thay đổi. Gói và báo cáo được giữ tại: %1</source>
            <translation>Nothing was changed. The package and its report are kept in: %1</translation>
        </message>
        <message>
            <source>Chọn các tệp gói</source>
            <translation>Choose package files</translation>
        </message>
        <message>
            <source>Chọn thư mục chứa các gói (ổ USB)</source>
            <translation>Choose the folder holding the packages (USB stick)</translation>
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
            <source>Đã ghi nhận khóa của đơn vị cấp dưới %1 (mã %2).</source>
            <translation>Key of the commune %1 (code %2) enrolled.</translation>
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
            <source>Ghi nhận khóa</source>
            <translation>Enrol the key</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa của &lt;b&gt;%1&lt;/b&gt; (mã %2), tạo ngày %3.</source>
            <translation>Key enrolment file of &lt;b&gt;%1&lt;/b&gt; (code %2), made on %3.</translation>
        </message>
        <message>
            <source>Lưu ý: đây không phải tệp của đơn vị đang chọn trong danh sách.</source>
            <translation>Note: this is not the file of the unit selected in the list.</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa (*.json)</source>
            <translation>Key enrolment files (*.json)</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa của xã</source>
            <translation>The commune's key enrolment file</translation>
        </message>
        <message>
            <source>Chọn tệp đăng ký khóa do xã gửi (qua USB, thư điện tử).</source>
            <translation>Choose the enrolment file the commune sent (USB stick, e-mail).</translation>
        </message>
        <message>
            <source>Dãy số khớp với khóa trong tệp.</source>
            <translation>The digits match the key in the file.</translation>
        </message>
        <message>
            <source>Đã gõ %1/30 chữ số.</source>
            <translation>%1 of 30 digits typed.</translation>
        </message>
        <message>
            <source>Dãy số không khớp: có thể tệp không phải của xã này. Đọc lại từng nhóm; không ghi nhận khi chưa khớp.</source>
            <translation>The digits do not match: the file may not be this commune's. Read each group again; do not enrol until they match.</translation>
        </message>
        <message>
            <source>So từng nhóm số trên màn hình với phiếu giấy có chữ ký, đóng dấu của xã.</source>
            <translation>Compare each digit group on screen with the commune's signed and stamped paper sheet.</translation>
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
            <source>Gói dữ liệu DVK (*.dvkpkg *.dvkpkg.age);;Mọi tệp (*)</source>
            <translation>DVK data packages (*.dvkpkg *.dvkpkg.age);;All files (*)</translation>
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
        <message>
            <source>Đang kiểm tra…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Chọn ảnh quét của phiếu</source>
            <translation>Choose the scanned image of the form</translation>
        </message>
        <message>
            <source>Ảnh (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
        </message>
        <message>
            <source>Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): chỉ xem, không sửa được. Hãy mở khóa ghi rồi mở lại vùng làm việc.</source>
            <translation>This workspace is read-only (the USB stick is write-protected, or the folder cannot be written): you can view, not change. Turn write protection off, then open the workspace again.</translation>
        </message>
        <message>
            <source>Bản đăng ký do %1 gửi lên: ở đây chỉ xem (cả chỉ tiêu, báo cáo tiến độ, minh chứng), không sửa. Quyết định công nhận, khen thưởng ghi ở trang “Quyết định”.</source>
            <translation>Registration sent by %1: it is shown here read-only (indicators, progress reports and evidence too). Recognition and commendation decisions are recorded on the “Decisions” page.</translation>
        </message>
        <message>
            <source>Chuyển trạng thái</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>Chuyển mô hình sang “%1”?</source>
            <translation>Move the model to “%1”?</translation>
        </message>
        <message>
            <source>“%1”: chuyển mô hình sang “%2”?</source>
            <translation>“%1”: move the model to “%2”?</translation>
        </message>
        <message>
            <source>Có vẻ còn sớm:</source>
            <translation>This looks early:</translation>
        </message>
        <message>
            <source>Sau bước này, bản đăng ký không sửa được nữa.</source>
            <translation>After this step the registration can no longer be edited.</translation>
        </message>
        <message>
            <source>Chưa chuyển</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>Không mở được tệp</source>
            <translation>Cannot open the file</translation>
        </message>
        <message>
            <source>Máy này chưa có chương trình để mở tệp “%1”.</source>
            <translation>This computer has no program to open “%1”.</translation>
        </message>
        <message>
            <source>Đã mở thư mục chứa tệp:
%1
Hãy cài một chương trình đọc tệp loại này (ví dụ trình đọc PDF hoặc LibreOffice) rồi mở tệp từ thư mục đó.</source>
            <translation>The folder holding the file was opened:
%1
Install a program for this kind of file (a PDF reader or LibreOffice, for example), then open the file from that folder.</translation>
        </message>
        <message>
            <source>Tệp được lưu tại:
%1
Hãy cài một chương trình đọc tệp loại này (ví dụ trình đọc PDF hoặc LibreOffice), hoặc chép tệp sang máy khác để mở.</source>
            <translation>The file is saved in:
%1
Install a program for this kind of file (a PDF reader or LibreOffice, for example), or copy the file to another computer to open it.</translation>
        </message>
        <message numerus="yes">
            <source>Đang in phiếu đăng ký (%n mô hình)</source>
            <translation>
                <numerusform>Printing the registration form (%n model)</numerusform>
                <numerusform>Printing the registration forms (%n models)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n xã có quyết định hay thay đổi mới chưa gửi.</source>
            <translation>
                <numerusform>%n commune has decisions or changes not sent yet.</numerusform>
                <numerusform>%n communes have decisions or changes not sent yet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Không xã nào có quyết định hay thay đổi mới chưa gửi. Đánh dấu “Hiện cả các xã không có gì mới” để gửi lại cho một xã.</source>
            <translation>No commune has decisions or changes not sent yet. Tick “Show communes with nothing new too” to send one again.</translation>
        </message>
        <message>
            <source>Gói gồm dữ liệu của mọi xã, gửi %1.</source>
            <translation>The package holds every commune's data, for %1.</translation>
        </message>
        <message>
            <source>Chưa ghim khóa của cấp trên nữa (trang “Khóa ký, sổ gói”): chỉ cần khi đơn vị này còn gửi số liệu lên một cấp cao hơn.</source>
            <translation>No higher level's key is pinned (page “Key and ledger”): only needed when this unit reports to a higher level.</translation>
        </message>
        <message>
            <source>chưa gửi lần nào</source>
            <translation>never sent</translation>
        </message>
        <message>
            <source>Không gửi được: %1</source>
            <translation>Not sent: %1</translation>
        </message>
        <message>
            <source>Chưa ghi nhận khóa của xã: không mã hóa được gói</source>
            <translation>The commune's key is not enrolled: the package cannot be encrypted</translation>
        </message>
        <message numerus="yes">
            <source>Tạo gói quyết định cho %n xã</source>
            <translation>
                <numerusform>Make the decisions package for %n commune</numerusform>
                <numerusform>Make decisions packages for %n communes</numerusform>
            </translation>
        </message>
        <message>
            <source>Lưu các gói vào thư mục (ổ USB)</source>
            <translation>Save the packages in a folder (USB stick)</translation>
        </message>
        <message>
            <source>Đang tạo gói quyết định</source>
            <translation>Making decisions packages</translation>
        </message>
        <message>
            <source>Đã tạo %1/%2 gói quyết định.</source>
            <translation>%1 of %2 decisions packages made.</translation>
        </message>
        <message>
            <source>Các tệp ở: %1</source>
            <translation>The files are in: %1</translation>
        </message>
        <message>
            <source>Mật khẩu khóa ký (để ký các gói):</source>
            <translation>Signing key passphrase (to sign the packages):</translation>
        </message>
        <message>
            <source>Đã tạo gói tổng hợp: %1 (%2 mô hình).</source>
            <translation>Aggregate package made: %1 (%2 models).</translation>
        </message>
        <message>
            <source>Đang tạo gói tổng hợp</source>
            <translation>Making the aggregate package</translation>
        </message>
        <message>
            <source>Mật khẩu khóa ký (để ký gói):</source>
            <translation>Signing key passphrase (to sign the package):</translation>
        </message>
        <message>
            <source>Tổng các xã (toàn %1)</source>
            <translation>All communes (the whole of %1)</translation>
        </message>
        <message>
            <source>Đang tính số liệu…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>%1, %2: %3 mô hình.</source>
            <translation>%1, %2: %3 models.</translation>
        </message>
        <message>
            <source>Trạng thái tính đến hết ngày %1.</source>
            <translation>Statuses as they stood at the end of %1.</translation>
        </message>
        <message>
            <source>Chưa có phiếu chấm nào.</source>
            <translation>No score sheet yet.</translation>
        </message>
        <message>
            <source>Tối đa</source>
            <translation>Max</translation>
        </message>
        <message>
            <source>Trung bình</source>
            <translation>Average</translation>
        </message>
        <message>
            <source>Tổng cộng</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Xếp loại</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Tập thể mới</source>
            <translation>Collective, new</translation>
        </message>
        <message>
            <source>Tập thể duy trì</source>
            <translation>Collective, maintained</translation>
        </message>
        <message>
            <source>Cá nhân mới</source>
            <translation>Individual, new</translation>
        </message>
        <message>
            <source>Cá nhân duy trì</source>
            <translation>Individual, maintained</translation>
        </message>
        <message>
            <source>Tổng số</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Tập thể</source>
            <translation>Collective</translation>
        </message>
        <message>
            <source>Cá nhân</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Chưa ghi đơn vị chủ trì</source>
            <translation>No owner recorded</translation>
        </message>
        <message>
            <source>Loại đơn vị chủ trì</source>
            <translation>Owner type</translation>
        </message>
        <message>
            <source>Không ghi hình thức</source>
            <translation>No form recorded</translation>
        </message>
        <message>
            <source>Hình thức khen</source>
            <translation>Form of commendation</translation>
        </message>
        <message>
            <source>Cơ quan</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Tổng</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Cộng theo đơn vị hiện nay (sau sắp xếp ngày 01/7/2025)</source>
            <translation>Add up into today's units (after the reorganisation of 1 July 2025)</translation>
        </message>
        <message>
            <source>Đơn vị tính</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <source>Số mô hình</source>
            <translation>Models</translation>
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
            <source>Đạt</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Số mô hình theo bước</source>
            <translation>Models by stage</translation>
        </message>
        <message>
            <source>%1 xã nhiều mô hình nhất; bảng bên trái có đủ %2 xã.</source>
            <translation>The %1 communes with most models; the table on the left has all %2.</translation>
        </message>
        <message>
            <source>Số mô hình theo xã</source>
            <translation>Models by commune</translation>
        </message>
        <message>
            <source>Số mô hình theo đơn vị chủ trì</source>
            <translation>Models by owner type</translation>
        </message>
        <message>
            <source>Mô hình được khen thưởng</source>
            <translation>Commended models</translation>
        </message>
        <message>
            <source>Chưa có mô hình nào được khen thưởng trong kỳ.</source>
            <translation>No model was commended in the period.</translation>
        </message>
        <message>
            <source>Chỉ tiêu: phần trăm đạt so với mục tiêu</source>
            <translation>Indicators: percent of the target achieved</translation>
        </message>
        <message>
            <source>% đạt</source>
            <translation>% achieved</translation>
        </message>
        <message>
            <source>Số mô hình theo lĩnh vực</source>
            <translation>Models by field</translation>
        </message>
        <message>
            <source>Đã tiếp nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Cần bổ sung thông tin</source>
            <translation>Needs more information</translation>
        </message>
        <message>
            <source>Đủ điều kiện đánh giá</source>
            <translation>Eligible for evaluation</translation>
        </message>
        <message>
            <source>Không đủ điều kiện đánh giá</source>
            <translation>Not eligible for evaluation</translation>
        </message>
        <message>
            <source>Thẩm định: &lt;b&gt;%1&lt;/b&gt;%2 (%3, %4)</source>
            <translation>Review: &lt;b&gt;%1&lt;/b&gt;%2 (%3, %4)</translation>
        </message>
        <message>
            <source>Cấp trên</source>
            <translation>Upper level</translation>
        </message>
        <message>
            <source>Thẩm định hồ sơ</source>
            <translation>Dossier review</translation>
        </message>
        <message>
            <source>%1 chưa có kết quả thẩm định.</source>
            <translation>%1 has not reviewed it yet.</translation>
        </message>
        <message>
            <source>Hiện tại</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Trước đó</source>
            <translation>Earlier</translation>
        </message>
        <message>
            <source>Chưa có phiếu chấm điểm.</source>
            <translation>No score sheet yet.</translation>
        </message>
        <message>
            <source>Điểm trung bình: &lt;b&gt;%1&lt;/b&gt;/%2 — xếp loại &lt;b&gt;%3&lt;/b&gt; (trung bình của %4 thành viên)</source>
            <translation>Average score: &lt;b&gt;%1&lt;/b&gt;/%2 — grade &lt;b&gt;%3&lt;/b&gt; (average of %4 members)</translation>
        </message>
        <message>
            <source>Bộ tiêu chí: %1, phiên bản %2</source>
            <translation>Rubric: %1, version %2</translation>
        </message>
        <message>
            <source>điểm</source>
            <translation>points</translation>
        </message>
        <message>
            <source>Chưa có quyết định.</source>
            <translation>No decision yet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;%2: Quyết định số &lt;b&gt;%3&lt;/b&gt; ngày %4 của %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;%2: Decision no. &lt;b&gt;%3&lt;/b&gt; of %4 by %5</translation>
        </message>
        <message>
            <source>Mọi mô hình</source>
            <translation>All models</translation>
        </message>
        <message>
            <source>Riêng mô hình %1</source>
            <translation>%1 models only</translation>
        </message>
        <message>
            <source>Áp dụng &amp;cho:</source>
            <translation>Applies &amp;to:</translation>
        </message>
        <message>
            <source>&amp;Tên bộ tiêu chí:</source>
            <translation>Rubric &amp;name:</translation>
        </message>
        <message>
            <source>Tiêu chí</source>
            <translation>Criterion</translation>
        </message>
        <message>
            <source>Điểm tối đa</source>
            <translation>Maximum points</translation>
        </message>
        <message>
            <source>Thêm tiêu chí</source>
            <translation>Add criterion</translation>
        </message>
        <message>
            <source>Xóa tiêu chí đang chọn</source>
            <translation>Remove selected criterion</translation>
        </message>
        <message>
            <source>Nạp bộ tiêu chí mặc định</source>
            <translation>Load the default rubric</translation>
        </message>
        <message>
            <source>Ngưỡng xếp loại (tổng điểm tối thiểu)</source>
            <translation>Grade thresholds (minimum total)</translation>
        </message>
        <message>
            <source>Xuất sắc từ</source>
            <translation>Excellent from</translation>
        </message>
        <message>
            <source>Tốt từ</source>
            <translation>Good from</translation>
        </message>
        <message>
            <source>Đạt từ</source>
            <translation>Pass from</translation>
        </message>
        <message>
            <source>Ghi chú phiên bản (ví dụ: theo Hướng dẫn số …)</source>
            <translation>Version note (e.g. per Guideline no. …)</translation>
        </message>
        <message>
            <source>Lưu thành phiên bản mới</source>
            <translation>Save as a new version</translation>
        </message>
        <message>
            <source>Các phiên bản đã lưu</source>
            <translation>Saved versions</translation>
        </message>
        <message>
            <source>Phiên bản</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Tổng điểm</source>
            <translation>Total points</translation>
        </message>
        <message>
            <source>Người lưu</source>
            <translation>Saved by</translation>
        </message>
        <message>
            <source>Lúc</source>
            <translation>At</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Đang dùng: phiên bản %1</source>
            <translation>In use: version %1</translation>
        </message>
        <message>
            <source>Chưa có bộ riêng: đang dùng bộ chung (phiên bản %1).</source>
            <translation>No rubric of its own: the common one is used (version %1).</translation>
        </message>
        <message>
            <source>bộ mặc định, chưa ai sửa</source>
            <translation>the default, not edited yet</translation>
        </message>
        <message>
            <source>Tổng điểm tối đa: %1</source>
            <translation>Maximum total: %1</translation>
        </message>
        <message>
            <source>Đã lưu phiên bản %1. Phiếu đã chấm giữ phiên bản cũ; mô hình chưa chấm dùng phiên bản mới.</source>
            <translation>Saved version %1. Sheets already filled keep their version; models not yet scored use the new one.</translation>
        </message>
        <message>
            <source>Bộ mặc định</source>
            <translation>Default rubric</translation>
        </message>
        <message>
            <source>Thẩm định hồ sơ mô hình các xã đề nghị công nhận</source>
            <translation>Review the dossiers communes propose for recognition</translation>
        </message>
        <message>
            <source>Lọc theo xã</source>
            <translation>Filter by commune</translation>
        </message>
        <message>
            <source>Lọc theo trạng thái thẩm định</source>
            <translation>Filter by review state</translation>
        </message>
        <message>
            <source>Mọi trạng thái thẩm định</source>
            <translation>Every review state</translation>
        </message>
        <message>
            <source>Cả mô hình đã trả lại, đã có quyết định</source>
            <translation>Also models returned or decided</translation>
        </message>
        <message>
            <source>Xã, phường:</source>
            <translation>Commune:</translation>
        </message>
        <message>
            <source>Thẩm định:</source>
            <translation>Review:</translation>
        </message>
        <message>
            <source>Lịch sử thẩm định của mô hình đang chọn</source>
            <translation>Review history of the selected model</translation>
        </message>
        <message>
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Nhận xét</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Người thẩm định</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Ghi kết quả thẩm định</source>
            <translation>Record the review</translation>
        </message>
        <message>
            <source>&amp;Kết quả:</source>
            <translation>&amp;Verdict:</translation>
        </message>
        <message>
            <source>&amp;Nhận xét:</source>
            <translation>&amp;Comment:</translation>
        </message>
        <message>
            <source>Người &amp;thẩm định:</source>
            <translation>&amp;Reviewer:</translation>
        </message>
        <message>
            <source>(đã chuyển bước: %1)</source>
            <translation>(moved on: %1)</translation>
        </message>
        <message numerus="yes">
            <source>Ghi thẩm định cho %n mô hình</source>
            <translation>
                <numerusform>Record the review for %n model</numerusform>
                <numerusform>Record the review for %n models</numerusform>
            </translation>
        </message>
        <message>
            <source>Mô hình được trả lại để xã bổ sung; nhận xét (bắt buộc) đi về xã cùng gói quyết định.</source>
            <translation>The model goes back to the commune to complete; the comment (required) travels back in the decisions package.</translation>
        </message>
        <message>
            <source>Hội đồng có thể chấm điểm mô hình ở trang “Chấm điểm”.</source>
            <translation>The council can then score the model on the “Scoring” page.</translation>
        </message>
        <message>
            <source>Mô hình không được chấm điểm, công nhận; hãy ghi lý do (bắt buộc).</source>
            <translation>The model cannot be scored or recognised; give the reason (required).</translation>
        </message>
        <message>
            <source>Ghi nhận đã tiếp nhận hồ sơ, chưa có kết luận.</source>
            <translation>Records that the dossier was received, with no verdict yet.</translation>
        </message>
        <message>
            <source>Nhận xét (bắt buộc): cần bổ sung những gì, lý do…</source>
            <translation>Comment (required): what is missing, why…</translation>
        </message>
        <message>
            <source>Nhận xét (không bắt buộc)</source>
            <translation>Comment (optional)</translation>
        </message>
        <message>
            <source>Đăng ký tại: %1</source>
            <translation>Registered under: %1</translation>
        </message>
        <message>
            <source>Đang ghi kết quả thẩm định</source>
            <translation>Recording the review</translation>
        </message>
        <message>
            <source>Đã ghi “%1” cho %2 mô hình.</source>
            <translation>Recorded “%1” for %2 models.</translation>
        </message>
        <message>
            <source>Phiếu chấm điểm</source>
            <translation>Score sheets</translation>
        </message>
        <message>
            <source>Bộ tiêu chí</source>
            <translation>Rubric</translation>
        </message>
        <message>
            <source>Điểm</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Chỉ mô hình đã thẩm định “Đủ điều kiện đánh giá” được chấm.</source>
            <translation>Only models reviewed as “Eligible for evaluation” can be scored.</translation>
        </message>
        <message>
            <source>Phiếu của một thành viên hội đồng</source>
            <translation>One council member's sheet</translation>
        </message>
        <message>
            <source>Họ tên thành viên</source>
            <translation>Member's full name</translation>
        </message>
        <message>
            <source>&amp;Thành viên:</source>
            <translation>&amp;Member:</translation>
        </message>
        <message>
            <source>Chức vụ trong hội đồng</source>
            <translation>Position on the council</translation>
        </message>
        <message>
            <source>&amp;Chức vụ:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>&amp;Ngày chấm:</source>
            <translation>&amp;Scored on:</translation>
        </message>
        <message>
            <source>Nhận &amp;xét:</source>
            <translation>Co&amp;mment:</translation>
        </message>
        <message>
            <source>Lưu phiếu chấm</source>
            <translation>Save sheet</translation>
        </message>
        <message>
            <source>Xóa phiếu</source>
            <translation>Remove sheet</translation>
        </message>
        <message>
            <source>In phiếu chấm điểm (PDF)</source>
            <translation>Print evaluation sheet (PDF)</translation>
        </message>
        <message>
            <source>Mở tệp vừa tạo</source>
            <translation>Open the new file</translation>
        </message>
        <message>
            <source>Chọn một mô hình trong danh sách để chấm điểm.</source>
            <translation>Choose a model in the list to score it.</translation>
        </message>
        <message>
            <source>Bộ tiêu chí: %1 (phiên bản %2, tổng %3 điểm). %4</source>
            <translation>Rubric: %1 (version %2, %3 points in all). %4</translation>
        </message>
        <message>
            <source>Tổng: &lt;b&gt;%1&lt;/b&gt;/%2 — %3</source>
            <translation>Total: &lt;b&gt;%1&lt;/b&gt;/%2 — %3</translation>
        </message>
        <message>
            <source>Đã lưu phiếu của %1: %2 điểm.</source>
            <translation>Saved %1's sheet: %2 points.</translation>
        </message>
        <message>
            <source>Đã xóa phiếu của %1.</source>
            <translation>Removed %1's sheet.</translation>
        </message>
        <message>
            <source>Ký duyệt ở xã: %1</source>
            <translation>Commune sign-off: %1</translation>
        </message>
        <message>
            <source>Mô hình đã được cấp trên quyết định “%1”</source>
            <translation>The higher level has decided “%1” for this model</translation>
        </message>
        <message>
            <source>Mô hình đã được cấp trên thẩm định “%1”</source>
            <translation>The higher level has reviewed this model: “%1”</translation>
        </message>
        <message>
            <source>Mô hình đã gửi cấp trên đề nghị công nhận</source>
            <translation>The model has been proposed to the higher level for recognition</translation>
        </message>
        <message>
            <source> — thay đổi sẽ được gửi thành yêu cầu thay đổi: cấp trên xem bản cũ và bản mới rồi quyết định; đến khi đó bản đăng ký giữ nguyên.</source>
            <translation> — changes will be sent as a change request: the higher level compares old and new and decides; until then the registration stays as it is.</translation>
        </message>
        <message numerus="yes">
            <source>%n yêu cầu đang chờ cấp trên xem xét.</source>
            <translation>
                <numerusform>%n request awaits the higher level.</numerusform>
                <numerusform>%n requests await the higher level.</numerusform>
            </translation>
        </message>
        <message>
            <source>Gửi yêu cầu thay đổi… (Ctrl+S)</source>
            <translation>Send a change request… (Ctrl+S)</translation>
        </message>
        <message>
            <source>Gửi những thay đổi đã nhập cho cấp trên xem xét.</source>
            <translation>Send the changes you typed to the higher level for review.</translation>
        </message>
        <message>
            <source>Hãy gửi yêu cầu thay đổi để xin chuyển trạng thái; cấp trên chấp nhận thì mới có hiệu lực.</source>
            <translation>Send a change request to ask for this status; it takes effect once the higher level accepts it.</translation>
        </message>
        <message>
            <source>Hãy để lãnh đạo đơn vị ký duyệt bản đăng ký (nút “Ký duyệt…”).</source>
            <translation>Have the unit's head sign off the registration (the “Sign off…” button).</translation>
        </message>
        <message>
            <source>Đã ký duyệt: %1 (phiên bản %2)</source>
            <translation>Signed off: %1 (version %2)</translation>
        </message>
        <message>
            <source>Cần lãnh đạo đơn vị ký duyệt trước khi đề nghị.</source>
            <translation>The unit's head must sign off before the model is proposed.</translation>
        </message>
        <message>
            <source>Ký duyệt…</source>
            <translation>Sign off…</translation>
        </message>
        <message>
            <source>Lãnh đạo đơn vị ký duyệt bản đăng ký trước khi đề nghị.</source>
            <translation>The unit's head signs off the registration before it is proposed.</translation>
        </message>
        <message>
            <source>Rút ký duyệt</source>
            <translation>Withdraw sign-off</translation>
        </message>
        <message>
            <source>Rút ký duyệt để sửa bản đăng ký; sau đó cần ký duyệt lại.</source>
            <translation>Withdraw the sign-off to edit the registration; it must then be signed off again.</translation>
        </message>
        <message>
            <source>Chưa gửi được:</source>
            <translation>Not sent:</translation>
        </message>
        <message>
            <source>Đã ghi yêu cầu thay đổi lúc %1</source>
            <translation>Change request recorded at %1</translation>
        </message>
        <message>
            <source>Yêu cầu thay đổi mô hình đã khóa</source>
            <translation>Change requests for locked models</translation>
        </message>
        <message>
            <source>Lọc theo kết quả</source>
            <translation>Filter by outcome</translation>
        </message>
        <message>
            <source>Mọi yêu cầu</source>
            <translation>All requests</translation>
        </message>
        <message>
            <source>Kết quả:</source>
            <translation>Outcome:</translation>
        </message>
        <message numerus="yes">
            <source>%n yêu cầu của các xã đang chờ xem xét.</source>
            <translation>
                <numerusform>%n request from the communes awaits review.</numerusform>
                <numerusform>%n requests from the communes await review.</numerusform>
            </translation>
        </message>
        <message>
            <source>Không có yêu cầu nào đang chờ xem xét.</source>
            <translation>No request awaits review.</translation>
        </message>
        <message>
            <source>Yêu cầu thay đổi mô hình cấp trên đã khóa, và kết quả cấp trên gửi về trong gói quyết định.</source>
            <translation>Change requests for models the higher level has locked, and the outcomes it sent back in decisions packages.</translation>
        </message>
        <message>
            <source>Dùng cơ sở dữ liệu dùng chung của văn phòng (PostgreSQL)</source>
            <translation>Use the office's shared database (PostgreSQL)</translation>
        </message>
        <message>
            <source>Khi nhiều cán bộ cùng làm trên nhiều máy: dữ liệu ở máy chủ của cơ quan, thư mục trên đây giữ tệp minh chứng và khóa ký.</source>
            <translation>When several staff work on several PCs: the data is on the office's server; the folder above keeps the evidence files and signing keys.</translation>
        </message>
        <message>
            <source>Dùng vùng làm việc có sẵn trên máy chủ</source>
            <translation>Use the workspace already on the server</translation>
        </message>
        <message>
            <source>Đăng nhập</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Vùng làm việc của %1 có người dùng riêng. Hãy đăng nhập để làm việc.</source>
            <translation>The workspace of %1 has its own users. Sign in to work.</translation>
        </message>
        <message>
            <source>ví dụ: nguyen.van.an</source>
            <translation>e.g. nguyen.van.an</translation>
        </message>
        <message>
            <source>Tên đăng nhập:</source>
            <translation>Sign-in name:</translation>
        </message>
        <message>
            <source>Mật khẩu:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Cơ sở dữ liệu</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Kiểm tra kết nối</source>
            <translation>Test the connection</translation>
        </message>
        <message>
            <source>Kết nối thư mục với máy chủ…</source>
            <translation>Connect a folder to the server…</translation>
        </message>
        <message>
            <source>Cho một thư mục trên máy này dùng cơ sở dữ liệu chung của cơ quan mà máy khác đã tạo.</source>
            <translation>Let a folder on this PC use the office's shared database that another PC created.</translation>
        </message>
        <message>
            <source>Chọn thư mục minh chứng dùng chung…</source>
            <translation>Choose the shared evidence folder…</translation>
        </message>
        <message>
            <source>Một thư mục trên ổ đĩa chia sẻ của cơ quan mà máy nào cũng mở được: tệp minh chứng của máy này được chép vào đó, rồi mọi máy dùng chung.</source>
            <translation>A folder on the office's shared drive that every PC can open: this PC's evidence files are copied there, then every PC uses it.</translation>
        </message>
        <message>
            <source>Dữ liệu ở tệp trên máy này: không có máy chủ để kiểm tra.</source>
            <translation>The data is in a file on this PC: there is no server to test.</translation>
        </message>
        <message>
            <source>Minh chứng: thư mục dùng chung %1</source>
            <translation>Evidence: shared folder %1</translation>
        </message>
        <message>
            <source>Minh chứng: thư mục riêng của máy này %1 — máy khác không thấy; hãy chọn một thư mục dùng chung.</source>
            <translation>Evidence: this PC's own folder %1 — other PCs do not see it; choose a shared folder.</translation>
        </message>
        <message>
            <source>Chọn thư mục minh chứng dùng chung</source>
            <translation>Choose the shared evidence folder</translation>
        </message>
        <message>
            <source>Đang chép minh chứng vào thư mục dùng chung…</source>
            <translation>Copying evidence to the shared folder…</translation>
        </message>
        <message>
            <source>Đã chép %1 tệp minh chứng của máy này (%2 tệp đã có sẵn). Các máy khác mở lại là dùng thư mục này.</source>
            <translation>Copied %1 evidence files of this PC (%2 were already there). The other PCs use this folder once they open the workspace again.</translation>
        </message>
        <message>
            <source>Đang kết nối máy chủ…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <source>ví dụ: 192.168.1.10 hoặc may-chu-van-phong</source>
            <translation>e.g. 192.168.1.10 or office-server</translation>
        </message>
        <message>
            <source>ví dụ: dvk_tinh</source>
            <translation>e.g. dvk_tinh</translation>
        </message>
        <message>
            <source>Cổng:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Máy chủ:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Cơ sở dữ liệu:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Người dùng:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Người dùng</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Quyền của bạn vừa được đổi ở máy khác: các trang đã được cập nhật.</source>
            <translation>Your roles were just changed on another PC: the pages have been updated.</translation>
        </message>
        <message>
            <source>Đã đổi mật khẩu.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>Đổi người dùng…</source>
            <translation>Switch user…</translation>
        </message>
        <message>
            <source>Đổi mật khẩu của tôi…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>Người dùng: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <source>Người dùng và vai trò</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <source>Tên đăng nhập</source>
            <translation>Sign-in name</translation>
        </message>
        <message>
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Vai trò</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Thêm người dùng…</source>
            <translation>Add a user…</translation>
        </message>
        <message>
            <source>Đổi vai trò…</source>
            <translation>Change roles…</translation>
        </message>
        <message>
            <source>Đặt lại mật khẩu…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Khóa tài khoản</source>
            <translation>Disable account</translation>
        </message>
        <message>
            <source>Mỗi cán bộ đăng nhập bằng tên và mật khẩu riêng; mọi thay đổi trong nhật ký ghi tên người làm. Vai trò quyết định việc được làm: tiếp nhận gói, thẩm định, chấm điểm (hội đồng), ký quyết định, quản trị.</source>
            <translation>Each staff member signs in with their own name and password; every change in the log carries who made it. Roles decide what each may do: receive packages, review, score (council), sign decisions, administer.</translation>
        </message>
        <message>
            <source>Chưa có người dùng riêng: mọi việc do người dùng của máy này làm, không cần đăng nhập. Người dùng đầu tiên phải có vai trò quản trị; từ đó mỗi lần mở chương trình đều cần đăng nhập.</source>
            <translation>No users of its own yet: everything is done by this PC's user, no sign-in needed. The first user must be an administrator; from then on every start asks for a sign-in.</translation>
        </message>
        <message>
            <source>Đang hoạt động</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Đã khóa</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Mở khóa tài khoản</source>
            <translation>Enable account</translation>
        </message>
        <message>
            <source>Đã thêm người dùng “%1”.</source>
            <translation>User “%1” added.</translation>
        </message>
        <message>
            <source>Đã đổi vai trò của “%1”.</source>
            <translation>Roles of “%1” changed.</translation>
        </message>
        <message>
            <source>Đã đặt lại mật khẩu của “%1”.</source>
            <translation>Password of “%1” reset.</translation>
        </message>
        <message>
            <source>Đã khóa tài khoản “%1”.</source>
            <translation>Account “%1” disabled.</translation>
        </message>
        <message>
            <source>Đã mở khóa tài khoản “%1”.</source>
            <translation>Account “%1” enabled.</translation>
        </message>
        <message>
            <source>Người khác vừa lưu trước bạn</source>
            <translation>Someone else saved first</translation>
        </message>
        <message>
            <source>người khác</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>Đang lưu (của %1)</source>
            <translation>Stored now (by %1)</translation>
        </message>
        <message>
            <source>Bạn vừa nhập</source>
            <translation>What you typed</translation>
        </message>
        <message>
            <source>Bản của bạn chưa được lưu. Hãy tải lại bản đang lưu (bỏ bản bạn vừa nhập), hoặc lưu bản của bạn đè lên nếu bạn chắc chắn bản đó đúng hơn.</source>
            <translation>Your version was not saved. Reload the stored version (dropping what you typed), or save yours over it if you are sure it is the better one.</translation>
        </message>
        <message>
            <source>&amp;Tải lại bản đang lưu</source>
            <translation>&amp;Reload the stored version</translation>
        </message>
        <message>
            <source>&amp;Lưu bản của tôi đè lên</source>
            <translation>&amp;Save mine over it</translation>
        </message>
        <message>
            <source>Để sau</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Sau sắp xếp đơn vị hành chính</source>
            <translation>After the reorganisation of administrative units</translation>
        </message>
        <message>
            <source>Từ 01/7/2025 không còn cấp huyện. Vùng làm việc của %1 có thể trở thành của %2: mọi hồ sơ, đánh giá và quyết định được giữ nguyên, mỗi mô hình ghi nhớ xã và huyện nơi đăng ký; gói các xã còn gửi cho huyện vẫn được nhận.</source>
            <translation>The district level was abolished on 1 July 2025. The workspace of %1 can become that of %2: every record, review and decision is kept, each model remembers the commune and district it was registered under, and packages communes still address to the district are still accepted.</translation>
        </message>
        <message>
            <source>Chuyển thành vùng làm việc cấp tỉnh…</source>
            <translation>Turn into the province's workspace…</translation>
        </message>
        <message>
            <source>Chuyển thành vùng làm việc cấp tỉnh</source>
            <translation>Turn into the province's workspace</translation>
        </message>
        <message>
            <source>Chuyển vùng làm việc của %1 thành của %2?

Chương trình sao lưu trước, rồi đổi đơn vị của vùng làm việc. Việc này không hoàn tác được, trừ khi khôi phục bản sao lưu.</source>
            <translation>Turn the workspace of %1 into that of %2?

The program makes a backup first, then changes the workspace's unit. This cannot be undone except by restoring the backup.</translation>
        </message>
        <message>
            <source>Chuyển</source>
            <translation>Convert</translation>
        </message>
        <message>
            <source>Đang sao lưu và chuyển vùng làm việc</source>
            <translation>Backing up and converting the workspace</translation>
        </message>
        <message>
            <source>Vùng làm việc nay là của %1. Hãy gửi tệp đăng ký khóa mới cho các xã (trang “Khóa ký, sổ gói” → “Xuất tệp đăng ký khóa…”) và xem lại chức danh người ký ở trang Cài đặt.</source>
            <translation>The workspace is now %1's. Send the communes a new key enrolment file (page “Key and ledger” → “Export key enrolment file…”) and check the signer's title on the Settings page.</translation>
        </message>
        <message>
            <source>Bản sao lưu trước khi chuyển: %1</source>
            <translation>Backup taken before the change: %1</translation>
        </message>
        <message>
            <source>Đã chuyển vùng làm việc</source>
            <translation>Workspace converted</translation>
        </message>
        <message>
            <source>Đơn vị trước ngày 01/7/2025</source>
            <translation>Units before 1 July 2025</translation>
        </message>
        <message>
            <source>Nhập bảng sắp xếp của cơ quan…</source>
            <translation>Import the office's own merger table…</translation>
        </message>
        <message>
            <source>Bảng tính có các cột Mã đơn vị cũ, Tên đơn vị cũ, Huyện cũ, Mã đơn vị mới; các dòng trong bảng thay cho bảng chính thức ở đơn vị đó.</source>
            <translation>A spreadsheet with the columns Mã đơn vị cũ, Tên đơn vị cũ, Huyện cũ, Mã đơn vị mới (old unit code, old unit name, old district, new unit code); its rows replace the official table for those units.</translation>
        </message>
        <message>
            <source>Đang đọc bảng chuyển đổi đơn vị…</source>
            <translation>Reading the unit conversion table…</translation>
        </message>
        <message>
            <source>Báo cáo giai đoạn 2021–2025 cộng số liệu của các xã cũ vào đơn vị hiện nay theo bảng chuyển đổi chính thức (Quyết định 19/2025/QĐ-TTg): %1 đơn vị cũ về các xã, phường của %2.</source>
            <translation>Reports for 2021–2025 add the figures of former communes into today's units by the official conversion table (Decision 19/2025/QĐ-TTg): %1 former units became communes and wards of %2.</translation>
        </message>
        <message>
            <source>Cơ quan đã ghi bảng riêng cho %1 đơn vị cũ.</source>
            <translation>The office has recorded its own table for %1 former units.</translation>
        </message>
        <message>
            <source>Chưa đọc được bảng chuyển đổi đơn vị.</source>
            <translation>The unit conversion table could not be read.</translation>
        </message>
        <message>
            <source>Chọn bảng sắp xếp đơn vị</source>
            <translation>Choose a merger table</translation>
        </message>
        <message>
            <source>Đang đọc bảng sắp xếp đơn vị</source>
            <translation>Reading the merger table</translation>
        </message>
        <message>
            <source>Đã ghi bảng sắp xếp đơn vị</source>
            <translation>Merger table recorded</translation>
        </message>
        <message>
            <source>%1 đơn vị cũ mới thêm, %2 cập nhật, %3 không đổi.</source>
            <translation>%1 former units added, %2 updated, %3 unchanged.</translation>
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
            <source>Chuyển sang máy mới…</source>
            <translation>Move to a new computer…</translation>
        </message>
        <message>
            <source>Ghi toàn bộ vùng làm việc ra một tệp để khôi phục trên máy tính khác</source>
            <translation>Write the whole workspace to one file to restore on another computer</translation>
        </message>
        <message>
            <source>Khi khôi phục, dữ liệu hiện tại được giữ lại trong một thư mục bên cạnh (tên có đuôi “truoc-khoi-phuc”), nên có thể lấy lại nếu chọn nhầm bản sao lưu.</source>
            <translation>When restoring, the current data is kept in a folder next to it (ending in “truoc-khoi-phuc”), so it can be recovered if the wrong backup was chosen.</translation>
        </message>
    </context>
    <context>
        <name>CommunesPage</name>
        <message>
            <source>Đơn vị cấp dưới</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>&amp;Kỳ báo cáo:</source>
            <translation>Reporting &amp;period:</translation>
        </message>
        <message>
            <source>Kỳ báo cáo</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Đặt hạn nộp…</source>
            <translation>Set the deadline…</translation>
        </message>
        <message>
            <source>Xuất Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>In báo cáo đầy đủ…</source>
            <translation>Print completeness report…</translation>
        </message>
        <message>
            <source>Báo cáo in được (PDF) hoặc bảng tính: đơn vị nào đã gửi gì, gói chưa nhận được, minh chứng còn thiếu</source>
            <translation>A printable report (PDF) or a workbook: which units sent what, packages never received, evidence still missing</translation>
        </message>
        <message>
            <source>Tìm xã, phường theo tên hoặc mã, không cần dấu</source>
            <translation>Find a commune by name or code, diacritics optional</translation>
        </message>
        <message>
            <source>Tìm đơn vị</source>
            <translation>Find a unit</translation>
        </message>
        <message>
            <source>Hiện những đơn vị nào</source>
            <translation>Which units to show</translation>
        </message>
        <message>
            <source>Danh sách đơn vị cấp dưới</source>
            <translation>List of communes</translation>
        </message>
        <message>
            <source>Ghi nhận khóa từ tệp đăng ký…</source>
            <translation>Enrol a key from its enrolment file…</translation>
        </message>
        <message>
            <source>Thu hồi khóa…</source>
            <translation>Revoke the key…</translation>
        </message>
        <message>
            <source>Xem mô hình của xã</source>
            <translation>Show the commune's models</translation>
        </message>
        <message>
            <source>Chi tiết đơn vị đang chọn</source>
            <translation>Details of the selected unit</translation>
        </message>
    </context>
    <context>
        <name>CommunesTableModel</name>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Khóa ký</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>Gói đã nhận</source>
            <translation>Packages received</translation>
        </message>
        <message>
            <source>Gói gần nhất</source>
            <translation>Latest package</translation>
        </message>
        <message>
            <source>Mô hình</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Đề nghị công nhận</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Đã công nhận</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>Minh chứng thiếu</source>
            <translation>Evidence missing</translation>
        </message>
        <message>
            <source>Gói chưa nhận</source>
            <translation>Packages missing</translation>
        </message>
        <message>
            <source>Kỳ này</source>
            <translation>This period</translation>
        </message>
    </context>
    <context>
        <name>DeadlineDialog</name>
        <message>
            <source>Hạn nộp gói dữ liệu của các xã</source>
            <translation>Deadline for the communes' packages</translation>
        </message>
        <message>
            <source>Kỳ báo cáo:</source>
            <translation>Reporting period:</translation>
        </message>
        <message>
            <source>&amp;Hạn nộp:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <source>&amp;Ghi chú:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Ví dụ: theo Công văn số 45-CV/BTGDVTU</source>
            <translation>E.g. per official letter no. 45-CV/BTGDVTU</translation>
        </message>
        <message>
            <source>Bỏ hạn nộp</source>
            <translation>Remove the deadline</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>Quyết định công nhận, khen thưởng</source>
            <translation>Recognition and commendation decisions</translation>
        </message>
        <message>
            <source>Ghi quyết định mới</source>
            <translation>Record a decision</translation>
        </message>
        <message>
            <source>&amp;Việc:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>Loại quyết định</source>
            <translation>Kind of decision</translation>
        </message>
        <message>
            <source>Lọc:</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <source>Xã, phường</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Năm đăng ký</source>
            <translation>Registration year</translation>
        </message>
        <message>
            <source>Tìm theo tên, mã mô hình, không cần dấu</source>
            <translation>Find by name or model code, diacritics optional</translation>
        </message>
        <message>
            <source>Tìm mô hình</source>
            <translation>Find a model</translation>
        </message>
        <message>
            <source>Mô hình có thể đưa vào quyết định</source>
            <translation>Models the decision can list</translation>
        </message>
        <message>
            <source>Chọn tất cả</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>Bỏ chọn</source>
            <translation>Select none</translation>
        </message>
        <message>
            <source>Quyết định</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>&amp;Số, ký hiệu:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>Ví dụ: 125-QĐ/BTGDVTU</source>
            <translation>E.g. 125-QĐ/BTGDVTU</translation>
        </message>
        <message>
            <source>&amp;Ngày ký:</source>
            <translation>Date &amp;signed:</translation>
        </message>
        <message>
            <source>&amp;Cơ quan ban hành:</source>
            <translation>&amp;Issuing body:</translation>
        </message>
        <message>
            <source>&amp;Hình thức khen:</source>
            <translation>&amp;Form of commendation:</translation>
        </message>
        <message>
            <source>&amp;Trích yếu:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>&amp;Bản quét:</source>
            <translation>Sca&amp;n:</translation>
        </message>
        <message>
            <source>Quyết định đã ký, quét PDF hoặc chụp ảnh</source>
            <translation>The signed decision, scanned to PDF or photographed</translation>
        </message>
        <message>
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>In danh sách đề nghị (PDF)</source>
            <translation>Print the proposal list (PDF)</translation>
        </message>
        <message>
            <source>Quyết định đã ghi</source>
            <translation>Decisions recorded</translation>
        </message>
        <message>
            <source>Các quyết định đã ghi</source>
            <translation>Decisions recorded</translation>
        </message>
        <message>
            <source>Số, ký hiệu</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Ngày ký</source>
            <translation>Date signed</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <source>Số mô hình</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Mô hình</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>In danh sách kèm theo (PDF)</source>
            <translation>Print the annex (PDF)</translation>
        </message>
        <message>
            <source>Đính kèm bản quét…</source>
            <translation>Attach the scan…</translation>
        </message>
        <message>
            <source>Mở tệp vừa tạo</source>
            <translation>Open the new file</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Ghi nhận khóa ký của đơn vị cấp dưới</source>
            <translation>Enrol a commune's signing key</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa (dang-ky-khoa-MÃ.json) do xã gửi</source>
            <translation>The key enrolment file (dang-ky-khoa-CODE.json) the commune sent</translation>
        </message>
        <message>
            <source>Tệp đăng ký khóa</source>
            <translation>Key enrolment file</translation>
        </message>
        <message>
            <source>Chọn tệp…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Gõ dãy số nhận dạng cán bộ xã đọc qua điện thoại</source>
            <translation>Type the digits the commune's clerk reads over the phone</translation>
        </message>
        <message>
            <source>6 nhóm, mỗi nhóm 5 chữ số — ví dụ 12345 67890 …</source>
            <translation>6 groups of 5 digits — e.g. 12345 67890 …</translation>
        </message>
        <message>
            <source>Dãy số nhận dạng đọc qua điện thoại</source>
            <translation>Fingerprint digits read over the phone</translation>
        </message>
        <message>
            <source>Đối chiếu với phiếu đăng ký khóa bản giấy (có chữ ký, đóng dấu)</source>
            <translation>Compare with the paper enrolment sheet (signed and stamped)</translation>
        </message>
        <message>
            <source>Tôi đã so từng nhóm số với phiếu giấy và thấy khớp</source>
            <translation>I compared every digit group with the paper sheet and they match</translation>
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
            <source>Lưu báo cáo lỗi…</source>
            <translation>Save the error report…</translation>
        </message>
        <message>
            <source>Lưu báo cáo lỗi (không có dữ liệu cá nhân, không có mật khẩu) để gửi cho người hỗ trợ</source>
            <translation>Save the error report (no personal data, no passphrase) to send to whoever supports you</translation>
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
        <name>InboxPage</name>
        <message>
            <source>Tiếp nhận gói của các xã</source>
            <translation>Packages from the communes</translation>
        </message>
        <message>
            <source>Chọn các tệp gói (.dvkpkg, .dvkpkg.age) hoặc cả thư mục (ổ USB), hoặc kéo thả chúng vào trang này. Mỗi gói được kiểm tra chữ ký và nội dung rồi nhập riêng; gói bị từ chối không làm thay đổi gì và được giữ lại kèm báo cáo.</source>
            <translation>Choose package files (.dvkpkg, .dvkpkg.age) or a whole folder (USB stick), or drop them on this page. Each package's signature and content are checked, then it is imported on its own; a refused package changes nothing and is kept with a report.</translation>
        </message>
        <message>
            <source>Chọn tệp gói…</source>
            <translation>Choose package files…</translation>
        </message>
        <message>
            <source>Chọn thư mục (USB)…</source>
            <translation>Choose a folder (USB)…</translation>
        </message>
        <message>
            <source>Dừng nhập</source>
            <translation>Stop importing</translation>
        </message>
        <message>
            <source>Tiến độ nhập các gói</source>
            <translation>Import progress</translation>
        </message>
        <message>
            <source>Kết quả từng tệp gói</source>
            <translation>Result of each package file</translation>
        </message>
        <message>
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Đơn vị gửi</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Gói số</source>
            <translation>Package no.</translation>
        </message>
        <message>
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Chi tiết</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Xem báo cáo kiểm tra</source>
            <translation>Open the check report</translation>
        </message>
        <message>
            <source>Ghi nhận khóa của xã này…</source>
            <translation>Enrol this commune's key…</translation>
        </message>
        <message>
            <source>Chấp nhận riêng gói này…</source>
            <translation>Accept this package only…</translation>
        </message>
        <message>
            <source>Gói bị từ chối chỉ vì khóa ký của xã đã bị thu hồi: quản trị viên có thể chấp nhận riêng đúng gói này, kèm lý do</source>
            <translation>Refused only because the commune's signing key was revoked: an administrator may accept this one package, with a reason</translation>
        </message>
        <message>
            <source>Mở thư mục gói bị từ chối</source>
            <translation>Open the folder of refused packages</translation>
        </message>
        <message>
            <source>Chi tiết tệp đang chọn</source>
            <translation>Details of the selected file</translation>
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
            <source>&amp;Nhập mô hình từ bảng tính…</source>
            <translation>&amp;Import models from a spreadsheet…</translation>
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
            <source>In phiếu đăng ký các mô hình đã chọn</source>
            <translation>Print the registration forms of the selected models</translation>
        </message>
        <message>
            <source>Giới thiệu DVK Desktop</source>
            <translation>About DVK Desktop</translation>
        </message>
        <message>
            <source>Vùng làm việc này chỉ đọc được (USB đang khóa ghi, hoặc thư mục không cho ghi): không thêm được mô hình. Hãy mở khóa ghi rồi mở lại vùng làm việc.</source>
            <translation>This workspace is read-only (the USB stick is write-protected, or the folder cannot be written): no model can be added. Turn write protection off, then open the workspace again.</translation>
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
            <source>In phiếu đăng ký của mô hình này ra tệp PDF (Ctrl+P)</source>
            <translation>Print this model's registration form to a PDF file (Ctrl+P)</translation>
        </message>
        <message>
            <source>In phiếu…</source>
            <translation>Print form…</translation>
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
            <source>Xã, phường gửi mô hình</source>
            <translation>Commune that sent the model</translation>
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
        <message>
            <source>Xã, phường</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Trùng?</source>
            <translation>Dup?</translation>
        </message>
        <message>
            <source>Có thể trùng với mô hình khác: xem bên dưới</source>
            <translation>May duplicate another model: see below</translation>
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
            <translation>Export to the upper level…</translation>
        </message>
        <message>
            <source>Nhập gói từ cấp trên…</source>
            <translation>Import from the upper level…</translation>
        </message>
        <message>
            <source>Nhập gói đã kiểm tra</source>
            <translation>Import checked package</translation>
        </message>
        <message>
            <source>Mở thư mục gói đã xuất</source>
            <translation>Open the outbox</translation>
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
            <source>Minh chứng kèm theo (ảnh, biên bản, danh sách):</source>
            <translation>Attached evidence (photos, minutes, lists):</translation>
        </message>
        <message>
            <source>Minh chứng kèm theo</source>
            <translation>Attached evidence</translation>
        </message>
        <message>
            <source>Đính kèm minh chứng…</source>
            <translation>Attach evidence…</translation>
        </message>
        <message>
            <source>Bỏ tệp đã chọn</source>
            <translation>Take off selected</translation>
        </message>
        <message>
            <source>Bỏ tệp khỏi báo cáo này (tệp đã lưu vẫn còn trong thẻ Minh chứng)</source>
            <translation>Take the file off this report (a saved file stays in the Evidence tab)</translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message>
            <source>Thêm báo cáo tiến độ…</source>
            <translation>Add progress report…</translation>
        </message>
        <message>
            <source>Sửa báo cáo…</source>
            <translation>Edit report…</translation>
        </message>
        <message>
            <source>Xóa báo cáo</source>
            <translation>Delete report</translation>
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
            <source>Đối chiếu bản in</source>
            <translation>Check a signed paper</translation>
        </message>
        <message>
            <source>Kiểm tra bản in đã ký…</source>
            <translation>Check a signed form…</translation>
        </message>
        <message>
            <source>Quét mã QR (hoặc gõ mã kiểm tra) trên phiếu đã ký để biết phiếu còn khớp với dữ liệu không.</source>
            <translation>Scan the QR code (or type the check code) of a signed form to see whether it still matches the record.</translation>
        </message>
        <message>
            <source>Mở tệp vừa tạo</source>
            <translation>Open the new file</translation>
        </message>
    </context>
    <context>
        <name>SendBackPage</name>
        <message>
            <source>Gửi quyết định về xã</source>
            <translation>Send decisions to the communes</translation>
        </message>
        <message>
            <source>Mỗi xã được chọn nhận một tệp gói riêng, mã hóa cho đúng xã đó, gồm trạng thái, điểm và quyết định về các mô hình của xã. Các xã có quyết định hay thay đổi mới đã được chọn sẵn.</source>
            <translation>Each commune chosen gets its own package file, encrypted for that commune, with the statuses, scores and decisions of its models. Communes with new decisions or changes are already ticked.</translation>
        </message>
        <message>
            <source>Hiện cả các xã không có gì mới</source>
            <translation>Show communes with nothing new too</translation>
        </message>
        <message>
            <source>Chọn các xã có thay đổi mới</source>
            <translation>Tick the communes with news</translation>
        </message>
        <message>
            <source>Bỏ chọn</source>
            <translation>Select none</translation>
        </message>
        <message>
            <source>Các xã có thể gửi quyết định</source>
            <translation>Communes decisions can be sent to</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Mô hình</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Thay đổi mới</source>
            <translation>New changes</translation>
        </message>
        <message>
            <source>Gửi lần trước</source>
            <translation>Last sent</translation>
        </message>
        <message>
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>&amp;Lưu các tệp vào:</source>
            <translation>&amp;Save the files in:</translation>
        </message>
        <message>
            <source>Chọn thư mục…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>Gói tổng hợp gửi cấp trên của đơn vị này</source>
            <translation>Aggregate package for this unit's own upper level</translation>
        </message>
        <message>
            <source>Tạo gói tổng hợp…</source>
            <translation>Make the aggregate package…</translation>
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
            <source>Ngôn ngữ mới có hiệu lực sau khi đóng và mở lại chương trình.</source>
            <translation>The new language takes effect after you close and reopen the program.</translation>
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
        <name>Stages</name>
        <message>
            <source>Đăng ký</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Triển khai thực hiện</source>
            <translation>Implemented</translation>
        </message>
        <message>
            <source>Được công nhận</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>Tiêu biểu</source>
            <translation>Exemplary</translation>
        </message>
        <message>
            <source>Đề nghị khen thưởng</source>
            <translation>Propose for award</translation>
        </message>
        <message>
            <source>Được khen thưởng</source>
            <translation>Awarded</translation>
        </message>
        <message>
            <source>Không đạt / dừng</source>
            <translation>Not achieved / stopped</translation>
        </message>
        <message>
            <source>Nhân rộng</source>
            <translation>Replicate</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Báo cáo tổng hợp các xã</source>
            <translation>Summary of the communes</translation>
        </message>
        <message>
            <source>&amp;Kỳ:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>2026, 2026-H1 hoặc 2021-2025</source>
            <translation>2026, 2026-H1 or 2021-2025</translation>
        </message>
        <message>
            <source>Toàn đơn vị hoặc một xã</source>
            <translation>The whole unit or one commune</translation>
        </message>
        <message>
            <source>Xem</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Báo cáo (PDF)</source>
            <translation>Report (PDF)</translation>
        </message>
        <message>
            <source>Biểu thống kê (Excel)</source>
            <translation>Statistics tables (Excel)</translation>
        </message>
        <message>
            <source>Mở tệp vừa tạo</source>
            <translation>Open the new file</translation>
        </message>
        <message>
            <source>Theo lĩnh vực</source>
            <translation>By field</translation>
        </message>
        <message>
            <source>Theo bước</source>
            <translation>By stage</translation>
        </message>
        <message>
            <source>Theo xã</source>
            <translation>By commune</translation>
        </message>
        <message>
            <source>Theo đơn vị chủ trì</source>
            <translation>By owner</translation>
        </message>
        <message>
            <source>Khen thưởng</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation>Indicators</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Chuyển sang máy mới</source>
            <translation>Move to a new computer</translation>
        </message>
        <message>
            <source>Mang toàn bộ dữ liệu sang máy tính khác: cơ sở dữ liệu, minh chứng, khóa ký (vẫn được bảo vệ bằng mật khẩu), cài đặt, báo cáo đã in và các gói đã gửi, trong một tệp duy nhất đã được kiểm tra.</source>
            <translation>Take all the data to another computer: the database, the evidence, the signing key (still protected by its passphrase), the settings, the printed reports and the packages sent, in one verified file.</translation>
        </message>
        <message>
            <source>1. Trên máy cũ</source>
            <translation>1. On the old computer</translation>
        </message>
        <message>
            <source>Ghi tệp chuyển máy (.dvkmove) vào USB hoặc một thư mục, rồi chép sang máy mới.</source>
            <translation>Write the transfer file (.dvkmove) to a USB stick or a folder, then copy it to the new computer.</translation>
        </message>
        <message>
            <source>Ghi ra tệp…</source>
            <translation>Write to a file…</translation>
        </message>
        <message>
            <source>2. Trên máy mới</source>
            <translation>2. On the new computer</translation>
        </message>
        <message>
            <source>Khôi phục từ tệp…</source>
            <translation>Restore from file…</translation>
        </message>
        <message>
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>VerifyPrintDialog</name>
        <message>
            <source>Kiểm tra bản in</source>
            <translation>Check a printed form</translation>
        </message>
        <message>
            <source>Đối chiếu phiếu đăng ký đã in (đã ký) với dữ liệu hiện tại: chọn ảnh quét của trang có mã QR, hoặc gõ dòng “Mã kiểm tra” in dưới mã QR.</source>
            <translation>Compare a printed (signed) registration form with the current record: choose a scan of the page with the QR code, or type the “Mã kiểm tra” line printed under the QR code.</translation>
        </message>
        <message>
            <source>Chọn &amp;ảnh quét…</source>
            <translation>Choose a &amp;scanned image…</translation>
        </message>
        <message>
            <source>&amp;Mã kiểm tra:</source>
            <translation>Check &amp;code:</translation>
        </message>
        <message>
            <source>ví dụ: MH-2026-012/1/C0C2 D422 C885 B4F2</source>
            <translation>e.g. MH-2026-012/1/C0C2 D422 C885 B4F2</translation>
        </message>
        <message>
            <source>&amp;Kiểm tra</source>
            <translation>&amp;Check</translation>
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
        <name>XlsxImportDialog</name>
        <message>
            <source>Nhập mô hình từ bảng tính</source>
            <translation>Import models from a spreadsheet</translation>
        </message>
        <message>
            <source>Chọn tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc .csv lập theo tệp mẫu. Chương trình kiểm tra từng dòng và chưa ghi gì cho đến khi bạn bấm nút Nhập. Chữ gõ bằng bảng mã cũ (TCVN3 .VnTime, VNI) được chuyển sang Unicode và liệt kê từng ô.</source>
            <translation>Choose an Excel (.xlsx, .xls), LibreOffice (.ods) or .csv file laid out like the template. Every row is checked and nothing is written until you press Import. Text typed in old encodings (TCVN3 .VnTime, VNI) is converted to Unicode and each cell is listed.</translation>
        </message>
        <message>
            <source>&amp;Tệp:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Chưa chọn tệp</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>&amp;Chọn tệp…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>&amp;Lưu tệp mẫu…</source>
            <translation>Save &amp;template…</translation>
        </message>
        <message>
            <source>&amp;Tạo mới tổ chức, thôn, người chưa có trong danh mục</source>
            <translation>&amp;Create organisations, villages and people not yet listed</translation>
        </message>
        <message>
            <source>Chỉ nhập các dòng &amp;hợp lệ (bỏ qua dòng lỗi)</source>
            <translation>Import only the &amp;valid rows (skip rows with errors)</translation>
        </message>
        <message>
            <source>&amp;Kiểm tra lại</source>
            <translation>Check &amp;again</translation>
        </message>
        <message>
            <source>&amp;Xem:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Dòng</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Tên mô hình</source>
            <translation>Model name</translation>
        </message>
        <message>
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Lỗi, chuyển mã</source>
            <translation>Errors, conversions</translation>
        </message>
        <message>
            <source>&amp;Nhập</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Đó&amp;ng</source>
            <translation>&amp;Close</translation>
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
            <source>Bị từ chối</source>
            <translation>Refused</translation>
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
            <source>Chưa ghi nhận khóa</source>
            <translation>Key not enrolled</translation>
        </message>
        <message>
            <source>Chưa gửi</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>Chưa nhập (đã hủy)</source>
            <translation>Not imported (stopped)</translation>
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
            <source>Gửi muộn</source>
            <translation>Sent late</translation>
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
            <source>Quá hạn, chưa gửi</source>
            <translation>Overdue, not sent</translation>
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
            <source>Đã ghi nhận</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Đã gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Đã nhập</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Đã nhập trước đây</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>Đã sơ kết</source>
            <translation>Reviewed (interim)</translation>
        </message>
        <message>
            <source>Đã thu hồi khóa</source>
            <translation>Key revoked</translation>
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
            <translation>Proposed for recognition</translation>
        </message>
        <message>
            <source>Đề nghị khen thưởng</source>
            <translation>Proposed for award</translation>
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
    <context>
        <name>Readiness</name>
        <message>
            <source>Mô hình đang ở trạng thái “Đề nghị công nhận”: bản đăng ký đã gửi cấp trên xem xét nên chỉ xem, không sửa được. Nếu cần sửa, hãy đề nghị cấp trên trả lại để bổ sung.</source>
            <translation>The model is “Proposed for recognition”: the registration was sent to the upper level for review, so it can be viewed but not edited. To change it, ask the upper level to return it for completion.</translation>
        </message>
        <message>
            <source>Mô hình đã dừng / loại bỏ nên bản đăng ký chỉ còn để xem, không sửa được nữa.</source>
            <translation>The model was stopped or removed: its registration can be viewed but no longer edited.</translation>
        </message>
        <message>
            <source>Mô hình đã ở trạng thái “Nhân rộng”: bản đăng ký được giữ nguyên như khi cấp trên xét duyệt nên chỉ xem, không sửa được. Việc làm tiếp theo hãy ghi vào báo cáo tiến độ và minh chứng.</source>
            <translation>The model is “Replicated”: the registration is kept as the upper level reviewed it, so it can be viewed but not edited. Record further work in progress reports and evidence.</translation>
        </message>
        <message>
            <source>Mô hình đã ở trạng thái “Tiêu biểu”: bản đăng ký được giữ nguyên như khi cấp trên xét duyệt nên chỉ xem, không sửa được. Việc làm tiếp theo hãy ghi vào báo cáo tiến độ và minh chứng.</source>
            <translation>The model is “Exemplary”: the registration is kept as the upper level reviewed it, so it can be viewed but not edited. Record further work in progress reports and evidence.</translation>
        </message>
        <message>
            <source>Mô hình đã ở trạng thái “Được công nhận”: bản đăng ký được giữ nguyên như khi cấp trên xét duyệt nên chỉ xem, không sửa được. Việc làm tiếp theo hãy ghi vào báo cáo tiến độ và minh chứng.</source>
            <translation>The model is “Recognised”: the registration is kept as the upper level reviewed it, so it can be viewed but not edited. Record further work in progress reports and evidence.</translation>
        </message>
        <message>
            <source>Mô hình đã ở trạng thái “Được khen thưởng”: bản đăng ký được giữ nguyên như khi cấp trên xét duyệt nên chỉ xem, không sửa được. Việc làm tiếp theo hãy ghi vào báo cáo tiến độ và minh chứng.</source>
            <translation>The model is “Awarded”: the registration is kept as the upper level reviewed it, so it can be viewed but not edited. Record further work in progress reports and evidence.</translation>
        </message>
        <message>
            <source>Mô hình đã ở trạng thái “Đề nghị khen thưởng”: bản đăng ký được giữ nguyên như khi cấp trên xét duyệt nên chỉ xem, không sửa được. Việc làm tiếp theo hãy ghi vào báo cáo tiến độ và minh chứng.</source>
            <translation>The model is “Proposed for award”: the registration is kept as the upper level reviewed it, so it can be viewed but not edited. Record further work in progress reports and evidence.</translation>
        </message>
    </context>
</TS>
