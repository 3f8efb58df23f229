"""Name similarity on Vietnamese model names: folded, common words and places ignored, any order."""

from __future__ import annotations

import random

import pytest

from dvk_desktop.domain.similarity import THRESHOLD, Index, closest, name_key, score, similar

# Pairs a reviewer would call the same model (registered twice, or in two communes).
ALIKE = [
    ("Thắp sáng đường quê", "Thắp sáng đường quê thôn 1"),
    ("Thắp sáng đường quê", "THẮP SÁNG ĐƯỜNG QUÊ"),
    ("Thắp sáng đường quê", "Thap sang duong que"),
    ("Thắp sáng đường quê", "Thắp sáng đường làng quê"),
    ("Mô hình Camera an ninh tự quản", "Camera an ninh tự quản"),
    ("Camera an ninh tự quản", "Tự quản camera an ninh"),
    ("Xây dựng tuyến đường cờ và hoa", "Tuyến đường cờ hoa"),
    ("Phân loại rác tại nguồn", "Mô hình phân loại rác thải tại nguồn"),
    ("Đường điện chiếu sáng an toàn", "Duong dien chieu sang an toan"),
    ("Dân vận khéo: Nuôi heo đất giúp học sinh nghèo", "Nuôi heo đất giúp học sinh nghèo"),
    ("Tổ tự quản bảo vệ môi trường", "Tổ tự quản bảo vệ môi trường khu dân cư"),
    ("Hũ gạo tình thương", "Mô hình “Hũ gạo tình thương”"),
    ("Ngôi nhà xanh - Vì môi trường", "Ngôi nhà xanh vì môi trường"),
    ("Đội hình thanh niên tình nguyện xã", "Đội hình thanh niên tình nguyện phường"),
]

# Pairs that share words but are different models.
DISTINCT = [
    ("Thắp sáng đường quê", "Camera an ninh tự quản"),
    ("Phân loại rác tại nguồn", "Tuyến đường cờ và hoa"),
    ("Hũ gạo tình thương", "Quỹ tình thương hỗ trợ hộ nghèo"),
    ("Camera an ninh tự quản", "Tổ tự quản bảo vệ môi trường"),
    ("Đường điện chiếu sáng an toàn", "Đường hoa thanh niên"),
    ("Nuôi heo đất giúp học sinh nghèo", "Nuôi bò sinh sản giúp hộ nghèo"),
    (
        "Mô hình dân vận khéo xây dựng nông thôn mới",
        "Mô hình dân vận khéo xây dựng đô thị văn minh",
    ),
    ("Chi hội phụ nữ không sinh con thứ ba", "Chi hội phụ nữ tiết kiệm"),
    ("Dòng họ khuyến học", "Dòng họ không có người vi phạm pháp luật"),
    ("Hiến đất làm đường giao thông nông thôn", "Làm đường giao thông nông thôn bằng bê tông"),
    ("Thắp sáng đường quê thôn 1", "Bê tông hóa đường quê"),
    ("Mô hình dân vận khéo", "Xây dựng mô hình"),  # nothing but the form's words
]


@pytest.mark.parametrize(("a", "b"), ALIKE)
def test_names_that_say_the_same_thing_are_flagged(a: str, b: str) -> None:
    assert similar(a, b), (score(a, b), name_key(a), name_key(b))
    assert score(a, b) == score(b, a)


@pytest.mark.parametrize(("a", "b"), DISTINCT)
def test_names_of_different_models_are_not_flagged(a: str, b: str) -> None:
    assert not similar(a, b), (score(a, b), name_key(a), name_key(b))


def test_the_threshold_leaves_a_margin_on_the_fixture() -> None:
    assert min(score(a, b) for a, b in ALIKE) >= THRESHOLD + 3
    assert max(score(a, b) for a, b in DISTINCT) <= THRESHOLD - 7


def test_key_folds_accents_and_d_and_sorts_words() -> None:
    assert name_key("Đường  điện, chiếu sáng!") == name_key("chiếu sáng đường điện")
    assert name_key("Đường điện") == "dien duong"
    assert name_key("Mô hình dân vận khéo") == ""


def test_closest_gives_each_new_name_its_nearest_pool_names_on_each_side() -> None:
    pool = [
        "Hũ gạo tình thương giúp hộ nghèo",  # 89 to the new name
        "Camera an ninh tự quản",
        "Hũ gạo yêu thương giúp hộ nghèo",  # 100: one key with the next two
        "Hũ gạo tình thương",  # 72: not alike
        "Hũ gạo yêu thương giúp hộ nghèo thôn 2",
        "Hũ gạo yêu thương giúp hộ nghèo thôn 3",
    ]
    new = ["Hũ gạo yêu thương giúp các hộ nghèo"]
    [[found]] = closest(new, pool, lambda i, j: 0, count=5)
    assert found == [(100, 2), (100, 4), (100, 5), (89, 0)]
    # Two closest: the earliest of the equal ones. Odd indices on side 1.
    [[even, odd]] = closest(new, pool, lambda i, j: j % 2, sides=2, count=2)
    assert even == [(100, 2), (100, 4)] and odd == [(100, 5)]
    assert closest(["Mô hình", "Camera an ninh tự quản xã"], pool, lambda i, j: 0) == [
        [[]],
        [[(100, 1)]],
    ]


def test_closest_asks_for_more_when_the_nearest_are_left_out() -> None:
    pool = [f"Tủ sách cộng đồng thôn {n}" for n in range(40)] + ["Tủ sách cộng đồng mới"]
    [[found]] = closest(["Tủ sách cộng đồng"], pool, lambda i, j: 0 if j >= 38 else -1)
    assert [j for _score, j in found] == [38, 39, 40]


def test_an_index_grown_name_by_name_and_grouped_sides_pick_what_a_plain_pool_picks() -> None:
    words = ["Hũ gạo", "tình thương", "yêu thương", "giúp hộ nghèo", "camera", "an ninh"]
    rng = random.Random(9)
    pool = [
        " ".join(rng.sample(words, rng.randint(2, 4))) + f" thôn {rng.randint(1, 3)}"
        for _ in range(300)
    ]
    units = [rng.choice("abc") for _ in pool]
    new = pool[250:]
    grown = Index()
    for start in range(0, len(pool), 70):  # as a batch adds its packages' names
        grown.extend(pool[start : start + 70], units[start : start + 70])

    def side(i: int, j: int) -> int:
        if j == 250 + i or j % 17 == 0:  # itself, and some linked ones, left out
            return -1
        return 0 if units[j] == units[250 + i] else 1

    def room(i: int) -> tuple[int, int]:
        home = units.count(units[250 + i])
        return home - 1, len(pool) - home

    plain = closest(new, pool, side, sides=2, room=room, count=5)
    grouped = closest(new, grown, side, sides=2, room=room, count=5, home=lambda i: units[250 + i])
    assert grouped == plain and sum(len(s) for sides in plain for s in sides) > 100
