"""Bad input: one clear line naming the file and the reason, a non-zero exit, nothing stored for
that file, and the other files of the same command still ingested.

Each bad file is made here, in the test's tmp dir: an encrypted PDF (standard security handler,
RC4 40-bit, written by hand), an image-only "scan", a truncated corpus report, a bank's report
(a text PDF written by hand with a ToUnicode map, so no system font is needed)."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from caibao.cli import main
from caibao.store import Store

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "examples" / "iflytek-fy2024" / "figures.csv"


# -- hand-made PDFs ----------------------------------------------------------------------------


def _pdf(objects: list[str], trailer: str = "") -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer}>>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_pdf(lines: list[str]) -> bytes:
    """One page whose text layer says ``lines`` (any Unicode): a one-byte code per character,
    mapped back to Unicode by a ToUnicode CMap, drawn in a base-14 font."""
    chars = sorted({c for line in lines for c in line})
    code = {c: i + 1 for i, c in enumerate(chars)}
    pairs = "\n".join(f"<{code[c]:02X}> <{ord(c):04X}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        "/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{pairs}\nendbfchar\nendcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    )
    shown = "\n".join("<" + "".join(f"{code[c]:02X}" for c in s) + "> Tj T*" for s in lines)
    content = f"BT /F1 10 Tf 12 TL 40 800 Td\n{shown}\nET"
    return _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 "
            f"/LastChar {len(chars)} /Widths [{' '.join(['600'] * len(chars))}] /ToUnicode 6 0 R >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
        ]
    )


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: bytes = b"secret") -> bytes:
    """A PDF that opens only with a user password (PDF 1.4 standard security, revision 2)."""
    padded = lambda pw: (pw + _PAD)[:32]  # noqa: E731
    owner = _rc4(hashlib.md5(padded(b"owner")).digest()[:5], padded(user_password))
    permissions, file_id = -44, b"0123456789abcdef"
    key = hashlib.md5(padded(user_password) + owner + struct.pack("<i", permissions) + file_id)
    user = _rc4(key.digest()[:5], _PAD)
    return _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            f"<< /Filter /Standard /V 1 /R 2 /Length 40 /P {permissions} "
            f"/O <{owner.hex()}> /U <{user.hex()}> >>",
        ],
        trailer=f"/Encrypt 4 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>] ",
    )


def scanned_pdf(path: Path) -> None:
    """Two pages that are pictures of text: no text layer."""
    import matplotlib

    matplotlib.use("agg")
    import numpy as np
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    rng = np.random.default_rng(0)
    with PdfPages(path) as pages:
        for _ in range(2):
            fig = Figure(figsize=(2, 3))
            fig.figimage(rng.random((60, 40)), cmap="gray")
            pages.savefig(fig)


# -- the bad inputs ----------------------------------------------------------------------------


def _not_a_pdf(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "report.pdf"  # a PDF by name only
    path.write_bytes(b"PK\x03\x04 this is a zip archive, not a report\n")
    return path


def _encrypted(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf())
    return path


def _scanned(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "scan.pdf"
    scanned_pdf(path)
    return path


def _truncated(tmp_path: Path, corpus: Path) -> Path:
    data = (corpus / "cn" / "600080" / "600080_20231028_F42E.pdf").read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def _empty(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    return path


def _missing(tmp_path: Path, corpus: Path) -> Path:
    return tmp_path / "no-such-report.pdf"


def _bank(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "bank.pdf"
    path.write_bytes(
        text_pdf(
            [
                "证券代码：601398 证券简称：工商银行",
                "中国工商银行股份有限公司",
                "2024年年度报告",
                "不良贷款率 1.34% 资本充足率 19.39% 拨备覆盖率 214.91%",
            ]
        )
    )
    return path


def _insurer(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "insurer.pdf"
    path.write_bytes(
        text_pdf(
            [
                "公司代码：601318 公司简称：中国平安",
                "2024年年度报告",
                "已赚保费 综合偿付能力充足率 内含价值",
            ]
        )
    )
    return path


def _not_a_report(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "notice.pdf"
    path.write_bytes(text_pdf(["证券代码：600080 证券简称：金花股份", "关于召开股东大会的通知"]))
    return path


BAD_INPUTS = {
    "not a PDF": (_not_a_pdf, "not a report PDF"),
    "encrypted PDF": (_encrypted, "encrypted"),
    "scanned PDF": (_scanned, "no text layer"),
    "truncated PDF": (_truncated, "truncated"),
    "empty file": (_empty, "empty"),
    "missing file": (_missing, "no such file"),
    "bank report": (_bank, "bank"),
    "insurer report": (_insurer, "insurer"),
    "not a periodic report": (_not_a_report, "not an annual, half-year or quarterly report"),
}


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_fails_alone_with_one_line(kind, tmp_path, corpus):
    make, reason = BAD_INPUTS[kind]
    bad = make(tmp_path, corpus)
    db = tmp_path / "facts.duckdb"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(bad), str(GOOD)])
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"caibao: {bad}: ") and reason in lines[0], lines[0]
    assert "Traceback" not in result.output
    with Store(db, read_only=True) as store:
        documents = store.documents()
        assert [d.file for d, _ in documents] == [GOOD.name]  # the good file went in
        assert store.facts(document=str(bad)) == []
        if bad.exists() and bad.stat().st_size:
            sha = hashlib.sha256(bad.read_bytes()).hexdigest()
            assert not store.has_document(sha) and store.checks(sha) == []


def test_bad_input_in_json_output(tmp_path, corpus):
    bad = _encrypted(tmp_path, corpus)
    db = tmp_path / "facts.duckdb"
    result = CliRunner().invoke(main, ["ingest", "--json", "--db", str(db), str(bad), str(GOOD)])
    assert result.exit_code == 1
    failed, ingested = json.loads(result.stdout)
    assert failed["status"] == "failed" and failed["facts"] == 0
    assert failed["file"] == str(bad) and "encrypted" in failed["errors"][0]
    assert ingested["status"] == "ingested" and ingested["facts"] == 63


def test_exit_codes_are_documented():
    result = CliRunner().invoke(main, ["ingest", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "Exit status: 0" in text and "1 when a file failed" in text and "2 when" in text


def test_a_store_that_cannot_be_opened_exits_2(tmp_path):
    db = tmp_path / "not-a-store.duckdb"
    db.write_text("not a database\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(GOOD)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"caibao: {db}: cannot open the fact store")
