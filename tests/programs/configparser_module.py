# configparser: parsing (defaults, continuation lines, comments, empty
# lines, no-value options, custom delimiters), typed getters with
# fallbacks, Basic and Extended interpolation, the mapping interface,
# read_dict, write, converters, and every error with its message.
import configparser
import io
import os
import tempfile

INI = """\
# top comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/%(user)s

[bitbucket.org]
User = hg
path: %(home)s/repos

[topsecret.server.com]
Port = 50022
ForwardX11 = no
description = first line
    second line

    fourth line after a blank
; a semicolon comment
ratio = 0.75
user = alice

[a]b]
x = 1
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults())
print(list(cp), len(cp), 'bitbucket.org' in cp, 'nope' in cp, 'DEFAULT' in cp)
top = cp['topsecret.server.com']
print(top, top.name, repr(top['description']), top.getint('port'), top.getboolean('forwardx11'), top.getfloat('ratio'))
print(cp.getboolean('bitbucket.org', 'Compression'), cp.getint('topsecret.server.com', 'CompressionLevel'))
print(cp.get('topsecret.server.com', 'home'), cp.get('bitbucket.org', 'path', raw=True))
print(cp.get('bitbucket.org', 'missing', fallback='fb'), cp.getint('nosection', 'x', fallback=-1), top.get('nothing'), top.get('nothing', 'dflt'))
print(cp.get('topsecret.server.com', 'home', vars={'user': 'override'}))
print(sorted(cp.options('bitbucket.org')), cp.has_option('bitbucket.org', 'USER'), cp.has_option('x', 'y'), cp.has_section('DEFAULT'))
print(cp.items('topsecret.server.com'))
print(dict(cp['bitbucket.org']), list(cp['DEFAULT'].keys()))
print([(k, v.name) for k, v in cp.items()])
for getter, args in [(cp.get, ('bitbucket.org', 'path')), (cp.getint, ('topsecret.server.com', 'description')),
                     (cp.getboolean, ('topsecret.server.com', 'ratio')), (cp.get, ('nosuch', 'x')),
                     (cp.get, ('bitbucket.org', 'nosuch'))]:
    try:
        print(getter(*args))
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__ + ':', e)

cp.set('bitbucket.org', 'user', 'git')
cp['bitbucket.org']['new'] = '100%% sure'
cp['extra'] = {'a': '1', 'B': 2, 'c': 'x'}
cp.add_section('empty')
print(cp['bitbucket.org']['new'], cp.remove_option('extra', 'c'), cp.remove_option('extra', 'zz'), cp.remove_section('empty'), cp.remove_section('empty'))
del cp['extra']['a']
for call in [lambda: cp.set('bitbucket.org', 'bad', '50% off'), lambda: cp.set('bitbucket.org', 'n', 5),
             lambda: cp.add_section('bitbucket.org'), lambda: cp.add_section('DEFAULT'), lambda: cp.add_section(3),
             lambda: cp.set('nosuch', 'a', 'b'), lambda: cp['nosuch'], lambda: cp['extra']['zzz'],
             lambda: cp.__delitem__('DEFAULT')]:
    try:
        call()
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ':', e)
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

bad_inputs = [
    "no_header = 1\n",
    "[s]\na = 1\n[s]\nb = 2\n",
    "[s]\na = 1\nA = 2\n",
    "[s]\nok = 1\njust a line\n= novalue\nanother bad line\n",
    "[s]\nx = %(y)s\n",
    "[s]\nx = %(x)s\n",
    "[s]\nx = 100%\n",
    "[s]\nx = %(y\n",
]
for text in bad_inputs:
    p = configparser.ConfigParser()
    try:
        p.read_string(text, source='test.ini')
        print([p.get('s', o) for o in p.options('s')])
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__ + ':', e)
        print('   args:', e.args)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
root = /opt/app
logs = ${root}/logs
[server]
log_file = ${common:logs}/server.log
cost = $$5
bad = ${nope:x}
""")
print(ext['server']['log_file'], ext['server']['cost'])
try:
    ext['server']['bad']
except configparser.InterpolationMissingOptionError as e:
    print('InterpolationMissingOptionError:', e)

raw = configparser.RawConfigParser()
raw.read_string("[r]\nv = %(notinterpolated)s\n")
print(raw.get('r', 'v'))
nv = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), comment_prefixes=('#',),
                               inline_comment_prefixes=(';',), strict=False, empty_lines_in_values=False)
nv.read_string("[mysqld]\nskip-external-locking\nkey_buffer = 16M ; inline\nurl = a;b\n\n  not continued = x\n[mysqld]\nagain = yes\nkey: colon not a delimiter\n")
print(nv.items('mysqld'))
nocase = configparser.ConfigParser()
nocase.optionxform = str
nocase.read_dict({'S': {'CamelCase': 'v', 'num': 3.5}}, source='dict')
print(nocase.items('S'), nocase['S']['CamelCase'])
conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string("[s]\nitems = a, b ,c\n")
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), sorted(conv.converters), 'list' in conv.converters)
dflt = configparser.ConfigParser(defaults={'timeout': '30', 'pct': '5%'}, default_section='general')
dflt.read_string("[web]\nport = 80\n")
print(dflt.get('web', 'timeout'), dflt.get('web', 'pct', raw=True), dflt.default_section, list(dflt))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'settings.ini')
    with open(path, 'w') as f:
        cp.write(f)
    again = configparser.ConfigParser()
    print(again.read([path, os.path.join(d, 'missing.ini')]) == [path], again.sections())
    with open(path) as f:
        third = configparser.ConfigParser()
        third.read_file(f)
    print(third.get('bitbucket.org', 'user'), third.getint('DEFAULT', 'compressionlevel'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH,
      issubclass(configparser.NoOptionError, configparser.Error), issubclass(configparser.Error, Exception))
