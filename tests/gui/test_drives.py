"""USB sticks as export destinations: the rule on made-up volume lists, and the wizard's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from dvk_desktop.gui import drives
from dvk_desktop.gui.dialogs.export_wizard import PAGE_DESTINATION, ExportWizard
from dvk_desktop.gui.drives import Volume, free_space_text, removable_destinations

GB = 1024**3


def _roots(volumes: list[Volume]) -> list[str]:
    return [v.root for v in volumes]


def test_linux_offers_writable_mounts_under_media_run_media_and_mnt_only():
    volumes = [
        Volume("/", "", file_system_type="ext4", bytes_free=50 * GB),
        Volume("/boot/efi", "", file_system_type="vfat"),
        Volume("/home", "", file_system_type="ext4"),
        Volume("/run/user/1000", "", file_system_type="tmpfs"),
        Volume("/snap/core22/1380", "", is_read_only=True, file_system_type="squashfs"),
        Volume("/media/an/KINGSTON", "KINGSTON", file_system_type="vfat", bytes_free=3 * GB),
        Volume("/run/media/an/SANDISK", "SANDISK", file_system_type="exfat"),
        Volume("/mnt/usb", "", file_system_type="ntfs3"),
        Volume("/media/an/CDROM", "CDROM", is_read_only=True, file_system_type="iso9660"),
        Volume("/media/an/OLD", "OLD", is_ready=False, file_system_type="vfat"),
        Volume("/mnt/wsl", "", file_system_type="tmpfs"),
        Volume("/media/an/DATA", "DATA", file_system_type="ext4"),  # holds the workspace
        Volume("/mediaserver", "", file_system_type="ext4"),  # not under /media
    ]
    found = removable_destinations(volumes, system_roots={"/", "/home", "/media/an/DATA/"})
    assert _roots(found) == ["/media/an/KINGSTON", "/mnt/usb", "/run/media/an/SANDISK"]


def test_windows_offers_every_drive_letter_but_the_system_and_workspace_drives():
    volumes = [
        Volume("C:/", "Windows", file_system_type="NTFS", bytes_free=80 * GB),
        Volume("D:/", "DATA", file_system_type="NTFS"),  # holds the workspace
        Volume("E:/", "KINGSTON", file_system_type="FAT32", bytes_free=7 * GB),
        Volume("F:\\", "", file_system_type="exFAT"),
        Volume("G:/", "DVD", is_read_only=True, file_system_type="UDF"),
        Volume("H:/", "", is_ready=False),
        Volume("C:/Mount/Backup/", "Backup", file_system_type="NTFS"),  # a folder, not a drive
    ]
    found = removable_destinations(volumes, system_roots={"c:\\", "D:/"})
    assert _roots(found) == ["E:/", "F:\\"]


def test_free_space_is_written_in_mb_or_gb_the_vietnamese_way():
    assert free_space_text(850 * 1024**2) == "850 MB"
    assert free_space_text(int(3.5 * GB)) == "3,5 GB"
    assert free_space_text(4 * GB) == "4 GB"
    assert free_space_text(1234 * GB) == "1.234 GB"


def test_current_volumes_reads_the_mounted_volumes():
    volumes = drives.current_volumes()
    assert volumes and all(isinstance(v, Volume) and v.root for v in volumes)


def _destination_page(qtbot, workspace):  # type: ignore[no-untyped-def]
    wizard = ExportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.contents_page.isComplete, timeout=30_000)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_DESTINATION
    return wizard, wizard.destination_page


def test_destination_page_offers_a_usb_stick_in_one_click(qtbot, workspace, tmp_path, monkeypatch):
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(drives, "MOUNT_PARENTS", (str(tmp_path / "media"),))
    monkeypatch.setattr(
        drives,
        "current_volumes",
        lambda: [Volume(str(stick), "KINGSTON", bytes_free=int(3.5 * GB), file_system_type="vfat")],
    )
    wizard, page = _destination_page(qtbot, workspace)
    assert page.folder_edit.text() == str(workspace.paths.outbox)
    (button,) = page.usb_buttons
    assert button.isVisible()
    assert button.text() == f"USB: KINGSTON ({stick}) — còn 3,5 GB trống"
    assert not page.usb_note_label.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.folder_edit.text() == str(stick)
    wizard.reject()


def test_destination_page_without_a_stick_says_so_and_finds_it_again(
    qtbot, workspace, tmp_path, monkeypatch
):
    plugged: list[Volume] = []
    monkeypatch.setattr(drives, "MOUNT_PARENTS", (str(tmp_path),))
    monkeypatch.setattr(drives, "current_volumes", lambda: list(plugged))
    wizard, page = _destination_page(qtbot, workspace)
    assert page.usb_buttons == []
    assert page.usb_note_label.isVisible()
    assert "Chưa thấy USB nào" in page.usb_note_label.text()
    plugged.append(Volume(str(tmp_path / "usb"), "", bytes_free=850 * 1024**2))
    qtbot.mouseClick(page.rescan_button, Qt.MouseButton.LeftButton)
    (button,) = page.usb_buttons
    assert button.text() == f"USB: không tên ({tmp_path / 'usb'}) — còn 850 MB trống"
    assert not page.usb_note_label.isVisible()
    wizard.reject()
