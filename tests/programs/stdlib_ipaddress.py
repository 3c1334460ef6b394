# ipaddress: parsing, string forms, networks, classification, errors.
import ipaddress
from ipaddress import ip_address, ip_network, ip_interface

a = ip_address('192.168.1.10')
print(repr(a), str(a), int(a), a.version, a.packed)
print(a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.reverse_pointer)
print(a + 5, a - 10, a < ip_address('192.168.1.11'))
print(format(a, 'b'), format(a, '#x'), format(a, '_X'), f'{a:>20s}|')
b = ip_address(3232235777)
print(b, ip_address(b'\x7f\x00\x00\x01').is_loopback)

v6 = ip_address('2001:db8:0:0:1:0:0:1')
print(repr(v6), v6.exploded, v6.compressed, v6.version)
print(ip_address('::'), ip_address('::1').is_loopback, ip_address('fe80::1').is_link_local)
print(ip_address('::ffff:10.0.0.1').ipv4_mapped, ip_address('0:0:0:0:0:0:0:0').exploded)
print(ip_address('2002:c000:204::1').sixtofour, ip_address('fe80::1%eth0').scope_id)
print(ip_address('1:0:0:2:0:0:0:3'), ip_address('1:0:0:2:0:0:3:4'))
print(ip_address('::1').reverse_pointer)
print(format(ip_address('::1'), 'x'))

n = ip_network('10.0.0.0/24')
print(repr(n), n.netmask, n.hostmask, n.broadcast_address, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n.prefixlen)
print(list(ip_network('192.168.0.0/30').hosts()), list(ip_network('10.0.0.0/31').hosts()))
print(list(ip_network('10.0.0.5/32').hosts()))
print(n[0], n[-1], n[5], ip_address('10.0.0.99') in n, ip_address('10.0.1.1') in n)
print([str(s) for s in n.subnets(prefixlen_diff=2)])
print([str(s) for s in n.subnets(new_prefix=26)])
print(n.supernet(), n.supernet(new_prefix=16))
print(ip_network('10.0.0.0/255.255.255.0'), ip_network('10.0.0.0/0.0.0.255'))
print(ip_network('10.0.0.7/24', strict=False))
print(ip_network('10.0.0.0/25').subnet_of(n), n.supernet_of(ip_network('10.0.0.128/25')))
print(n.overlaps(ip_network('10.0.0.128/25')), n.overlaps(ip_network('10.1.0.0/16')))
print(list(n.address_exclude(ip_network('10.0.0.64/26'))))
print(n.compare_networks(ip_network('10.0.1.0/24')), n == ip_network('10.0.0.0/24'))
print(sorted([ip_network('10.0.1.0/24'), ip_network('10.0.0.0/16'), ip_network('9.0.0.0/8')]))
print(ip_network('2001:db8::/32'), ip_network('2001:db8::/126').num_addresses)
print(list(ip_network('2001:db8::/126').hosts()))
print(ip_network('2001:db8::/32').exploded)
print(ip_network('192.168.0.0/16').is_private, ip_network('8.8.8.0/24').is_global)
print(ip_network(('10.1.2.0', 24)), ip_network((167772160, 8)))

i = ip_interface('192.168.5.9/24')
print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask)
print(i == ip_interface('192.168.5.9/24'), i == ip_interface('192.168.5.9/25'))
j = ip_interface('2001:db8::5/64')
print(j, j.ip, j.network, j.exploded, j.with_netmask)

print(list(ipaddress.summarize_address_range(ip_address('192.0.2.0'), ip_address('192.0.2.130'))))
print(list(ipaddress.collapse_addresses([ip_network('192.0.2.0/25'), ip_network('192.0.2.128/25')])))
print(list(ipaddress.collapse_addresses([ip_address('10.0.0.1'), ip_address('10.0.0.2'),
                                         ip_address('10.0.0.3'), ip_address('10.0.0.0')])))
print(sorted([ip_address('::1'), ip_address('10.0.0.1'), ip_network('10.0.0.0/8')],
             key=ipaddress.get_mixed_type_key))
print(len({ip_address('1.2.3.4'), ip_address('1.2.3.4'), ip_address('1.2.3.5')}))
print(ipaddress.v4_int_to_packed(1), ipaddress.IPv4Address('1.2.3.4').max_prefixlen)

for bad in ['256.1.1.1', '1.2.3', '01.2.3.4', 'x', '', '1:2:3:4:5:6:7:8:9', '1::2::3',
            '12345::', ':1:2::', '1.2.3.4/24', 'fe80::1%']:
    try:
        print(ip_address(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['10.0.0.1/24', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '::1/129', 'nope/8']:
    try:
        print(ip_network(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for cls, arg in [(ipaddress.IPv4Address, '::1'), (ipaddress.IPv6Address, '1.2.3.4'),
                 (ipaddress.IPv4Address, -1), (ipaddress.IPv4Address, 2**32),
                 (ipaddress.IPv6Address, b'abc'), (ipaddress.IPv4Network, '10.0.0.0/8/8')]:
    try:
        print(cls(arg))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ip_address('1.2.3.4') < ip_address('::1')
except TypeError as e:
    print('TypeError', e)
try:
    list(n.subnets(new_prefix=20))
except ValueError as e:
    print('ValueError', e)
import pickle, copy
print(pickle.loads(pickle.dumps(n)), copy.copy(i), pickle.loads(pickle.dumps(v6)))
