<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>CloseButton</name>
        <message>
            <source>Close Tab</source>
            <translation>Đóng thẻ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Alias</source>
            <translation>Bí danh</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Ổ đĩa</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Lối tắt</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Không rõ</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Chọn tất cả</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Tăng</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Giảm</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>False</source>
            <translation>Sai</translation>
        </message>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Mở danh sách để chọn</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Đúng</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Tệp %1 đã có.
Ghi đè lên tệp đó?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chọn</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>Tìm tr&amp;ong:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Thư mục &amp;mới</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Đổi &amp;tên</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Xóa “%1”?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Lùi lại</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Xem dạng bảng chi tiết</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Xem dạng danh sách</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Không xóa được thư mục.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Tạo thư mục mới</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Tạo một thư mục mới</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Tê&amp;n tệp:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Loạ&amp;i tệp:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Tìm thư mục</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Tiến tới</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Lùi lại</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Tiến tới</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Lên thư mục cha</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Danh sách</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Danh sách nơi lưu và dấu trang</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Thư mục mới</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Thư mục cha</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Nơi mở gần đây</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Lưu thành</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Hiện </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Hiện tệp ẩ&amp;n</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Thanh bên</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ngày sửa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Cỡ</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Hủy</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Đóng, không lưu</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Nhập giá trị:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Giới thiệu Qt&lt;/h3&gt;&lt;p&gt;Chương trình này dùng Qt phiên bản %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="https://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) The Qt Company Ltd. and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd. product developed as an open source project. See &lt;a href="https://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qt là bộ công cụ C++ để phát triển ứng dụng chạy trên nhiều nền tảng.&lt;/p&gt;&lt;p&gt;Qt cho phép một mã nguồn chạy trên mọi hệ điều hành máy tính phổ biến, và cả Linux nhúng cùng các hệ điều hành nhúng, di động khác.&lt;/p&gt;&lt;p&gt;Qt được cấp phép theo nhiều lựa chọn, phù hợp với nhu cầu của những người dùng khác nhau.&lt;/p&gt;&lt;p&gt;Giấy phép thương mại của Qt phù hợp cho phần mềm độc quyền, thương mại, khi không muốn chia sẻ mã nguồn với bên thứ ba hoặc không thể tuân theo các điều khoản của GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Giấy phép GNU (L)GPL phù hợp cho các ứng dụng Qt&amp;nbsp;tuân theo được các điều khoản và điều kiện của giấy phép tương ứng.&lt;/p&gt;&lt;p&gt;Xem &lt;a href="https://%2/"&gt;%2&lt;/a&gt; để biết tổng quan về giấy phép của Qt.&lt;/p&gt;&lt;p&gt;Bản quyền (C) The Qt Company Ltd. và những người đóng góp.&lt;/p&gt;&lt;p&gt;Qt và biểu tượng Qt là nhãn hiệu của The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt là sản phẩm của The Qt Company Ltd., được phát triển theo mô hình mã nguồn mở. Xem &lt;a href="https://%3/"&gt;%3&lt;/a&gt; để biết thêm.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Giới thiệu Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ẩn chi tiết…</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Xem chi tiết…</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Không lưu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Không với t&amp;ất cả</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có với &amp;tất cả</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>Cuối</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Mép trái</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Xuống một trang</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Sang trái một trang</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Sang phải một trang</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Lên một trang</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Mép phải</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Cuộn xuống</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Cuộn đến đây</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Cuộn sang trái</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Cuộn sang phải</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Cuộn lên</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Đầu</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Cuộn sang trái</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Cuộn sang phải</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI Cô lập theo ký tự mạnh đầu tiên</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Chèn ký tự điều khiển Unicode</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE Bắt đầu nhúng trái sang phải</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Cô lập trái sang phải</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM Dấu trái sang phải</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO Bắt đầu ép trái sang phải</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF Kết thúc định dạng hướng</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Kết thúc cô lập hướng</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE Bắt đầu nhúng phải sang trái</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Cô lập phải sang trái</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM Dấu phải sang trái</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO Bắt đầu ép phải sang trái</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ Nối độ rộng không</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ Không nối độ rộng không</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP Khoảng trắng độ rộng không</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Sao chép địa chỉ &amp;liên kết</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Xong</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Trợ giúp</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Tiếp theo</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp theo &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Thực hiện</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
    </context>
</TS>
