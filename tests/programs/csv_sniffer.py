# csv.Sniffer: guessing delimiters, quoting and headers.
import csv
import io

samples = [
    "a;b;c\n1;2;3\n4;5;6\n",
    "name,age,city\nann,30,Oslo\nbob,25,Rome\n",
    'id\tname\n1\t"x y"\n2\t"z"\n',
    '"a","b","c"\n"1","2","3"\n',
    "x| y| z\n1| 2| 3\n4| 5| 6\n",
    'title,"quoted ""inner"" text",n\nfoo,"bar, baz",1\n',
    "one:two\nthree:four\n",
    "'p';'q'\n'r';'s'\n",
]
s = csv.Sniffer()
for sample in samples:
    try:
        d = s.sniff(sample)
    except csv.Error as e:
        print('Error', e)
        continue
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting)
    print(list(csv.reader(io.StringIO(sample), d)))
    try:
        print('header:', s.has_header(sample))
    except csv.Error as e:
        print('header Error', e)
for sample in ["abc\ndef\n", ""]:
    try:
        s.sniff(sample)
    except csv.Error as e:
        print('Error', e)
print(repr(s.sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter))
print(s.has_header("1,2,3\n4,5,6\n7,8,9\n"))
print(s.has_header("name,score\nann,12\nbob,7\n"))
print(s.preferred)
