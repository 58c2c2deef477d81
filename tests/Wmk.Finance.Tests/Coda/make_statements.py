#!/usr/bin/env python3
"""Writes the hand-made CODA 2 test statements of this folder (run it again after changing a statement).

Each record is built field by field from the Febelfin CODA 2.6 layout; the good statements balance and the malformed
ones break exactly one rule, named in the file name.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ACCOUNT = "BE68539007547034"
REF_OK = "123456789002"       # 1234567890 mod 97 = 2
REF_BAD = "123456789003"      # wrong check digits


def f(text, width, right=False, fill=" "):
    text = str(text)
    assert len(text) <= width, (text, width)
    return text.rjust(width, fill) if right else text.ljust(width, fill)


def amount(cents):
    return f(abs(cents) * 10, 15, True, "0")


def check(record):
    assert len(record) == 128, (len(record), record)
    return record


def header(date="011126"):
    return check("0" + "0000" + date + "725" + "05" + " " + " " * 7 + f("REF0001", 10) + f("WONEN MET KANSEN VZW", 26)
                 + f("KREDBEBB", 11) + f("00123456789", 11) + " " + "00000" + " " * 16 + " " * 16 + " " * 7 + "2")


def old_balance(cents, date="311026", number=1):
    return check("1" + "2" + f(number, 3, True, "0") + f(ACCOUNT, 31) + "   " + "EUR" + ("1" if cents < 0 else "0") + amount(cents)
                 + date + f("WONEN MET KANSEN VZW", 26) + f("ZICHTREKENING", 35) + f(number, 3, True, "0"))


def mv21(seq, detail, cents, comm, structured=False, next_code="0", link="0", glob="0", value="011126", entry="011126"):
    zone = ("101" + comm) if structured else comm
    return check("21" + f(seq, 4, True, "0") + f(detail, 4, True, "0") + f("BANKREF%04d" % seq, 21) + ("1" if cents < 0 else "0")
                 + amount(cents) + value + "00150000" + ("1" if structured else "0") + f(zone, 53) + entry + "001" + glob
                 + next_code + " " + link)


def mv22(seq, detail, comm="", next_code="1", link="0"):
    return check("22" + f(seq, 4, True, "0") + f(detail, 4, True, "0") + f(comm, 53) + f("", 35) + f("GEBABEBB", 11) + "   "
                 + " " + "    " + "    " + "    " + next_code + " " + link)


def mv23(seq, detail, iban, name, comm="", link="0"):
    return check("23" + f(seq, 4, True, "0") + f(detail, 4, True, "0") + f(iban, 34) + "EUR" + f(name, 35) + f(comm, 43) + "0" + " " + link)


def info31(seq, detail, text, link="0"):
    return check("31" + f(seq, 4, True, "0") + f(detail, 4, True, "0") + f("BANKREF%04d" % seq, 21) + "00150000" + "0" + f(text, 73)
                 + " " * 12 + "0" + " " + link)


def free4(text):
    return check("4" + " " + "0001" + "0000" + " " * 22 + f(text, 80) + " " * 15 + "0")


def new_balance(cents, date="011126", number=1):
    return check("8" + f(number, 3, True, "0") + f(ACCOUNT, 31) + "   " + "EUR" + ("1" if cents < 0 else "0") + amount(cents) + date
                 + " " * 64 + "0")


def trailer(count, debit, credit):
    return check("9" + " " * 15 + f(count, 6, True, "0") + amount(debit) + amount(credit) + " " * 75 + "2")


def good():
    """Old balance 1.000,00 + 54,50 (structured, 2.2/2.3) + 327,00 (free, 2.2/2.3) - 12,00 (costs, 3.1) = 1.369,50."""
    return [
        header(),
        old_balance(100000),
        mv21(1, 0, 5450, REF_OK, structured=True, next_code="1"),
        mv22(1, 0),
        mv23(1, 0, "BE71096123456769", "PEETERS JAN"),
        mv21(2, 0, 32700, "Huur november Sofie", next_code="1"),
        mv22(2, 0, " Vermeulen kamer 2"),
        mv23(2, 0, "BE43068999999501", "Sofie Vermeulen", "dank u"),
        mv21(3, 0, -1200, "Kosten rekening", link="1"),
        info31(3, 0, "Beheerskosten november"),
        new_balance(136950),
        free4("Bedankt om te bankieren bij ons"),
        trailer(10, 1200, 32700 + 5450),
    ]


def globalised():
    """A collective credit of 100,00 with two details of 60,00 and 40,00."""
    return [
        header(),
        old_balance(0),
        mv21(1, 0, 10000, "Collectieve storting", glob="1"),
        mv21(1, 1, 6000, REF_OK, structured=True, next_code="1"),
        mv23(1, 1, "BE71096123456769", "PEETERS JAN"),
        mv21(1, 2, 4000, "Huur Ahmed", next_code="1"),
        mv23(1, 2, "BE43068999999501", "Ahmed El Idrissi"),
        new_balance(10000),
        trailer(7, 0, 10000),
    ]


def two_statements():
    """Statements 1 and 2 of the same account in one file (a bank's weekly file)."""
    first = [header(), old_balance(0, number=1), mv21(1, 0, 2000, "Eerste"), new_balance(2000, number=1), trailer(3, 0, 2000)]
    second = [header("021126"), old_balance(2000, "011126", 2), mv21(1, 0, -500, "Tweede"), mv21(2, 0, 1500, "Derde"),
              new_balance(3000, "021126", 2), trailer(4, 500, 1500)]
    return first + second


def write(name, records, newline="\r\n", cut=None):
    text = newline.join(records) + newline
    if cut is not None:
        text = text[:cut]
    with open(os.path.join(HERE, name), "w", encoding="latin-1", newline="") as out:
        out.write(text)


def main():
    write("good.cod", good())
    write("good-lf.cod", good(), newline="\n")
    write("globalised.cod", globalised())
    write("two-statements.cod", two_statements())
    bad_check = good()
    bad_check[2] = mv21(1, 0, 5450, REF_BAD, structured=True, next_code="1")
    write("wrong-check-digit.cod", bad_check)

    short = good()
    short[4] = short[4][:127]
    write("bad-short-line.cod", short)
    write("bad-truncated.cod", good()[:9])
    cut = good()
    write("bad-cut-mid-record.cod", cut, cut=130 * 6 + 60)
    balance = good()
    balance[10] = new_balance(136951)
    write("bad-balance.cod", balance)
    count = good()
    count[12] = trailer(9, 1200, 32700 + 5450)
    write("bad-count.cod", count)
    totals = good()
    totals[12] = trailer(10, 1200, 32700)
    write("bad-totals.cod", totals)
    sequence = good()
    sequence[5] = mv21(3, 0, 32700, "Huur november Sofie", next_code="1")
    write("bad-sequence.cod", sequence)
    date = good()
    date[5] = mv21(2, 0, 32700, "Huur november Sofie", next_code="1", entry="320126")
    write("bad-date.cod", date)
    amount_text = good()
    amount_text[8] = amount_text[8][:32] + "00000000000012X" + amount_text[8][47:]
    write("bad-amount.cod", amount_text)
    missing = good()
    del missing[3:5]
    write("bad-missing-continuation.cod", missing)
    version = good()
    version[0] = version[0][:127] + "1"
    write("bad-version.cod", version)
    write("bad-empty.cod", [], newline="")


if __name__ == "__main__":
    main()
