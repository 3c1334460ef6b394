"""High-level file operations (CPython's shutil): copyfile, copy, copy2,
copymode, copystat, copytree, rmtree, move, which, copyfileobj."""

import os
import posix
import fnmatch
import collections
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy",
           "copy2", "copytree", "move", "rmtree", "Error", "SameFileError",
           "which", "ignore_patterns", "get_terminal_size",
           "make_archive", "unpack_archive", "get_archive_formats",
           "get_unpack_formats", "ReadError", "RegistryError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _islink(fn):
    return os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    src = os.fspath(src)
    dst = os.fspath(dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        posix._copyfile(src, dst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src = os.fspath(src)
    dst = os.fspath(dst)
    with os.scandir(src) as itr:
        entries = list(itr)
    if ignore is not None:
        ignored_names = ignore(src, [x.name for x in entries])
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for srcentry in entries:
        if srcentry.name in ignored_names:
            continue
        srcname = os.path.join(src, srcentry.name)
        dstname = os.path.join(dst, srcentry.name)
        try:
            is_symlink = srcentry.is_symlink()
            if is_symlink:
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcentry, dstname, follow_symlinks=not symlinks)
                else:
                    if not os.path.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if srcentry.is_dir():
                        copytree(srcname, dstname, symlinks, ignore,
                                 copy_function,
                                 dirs_exist_ok=dirs_exist_ok)
                    else:
                        copy_function(srcname, dstname)
            elif srcentry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _exc_info(err):
    # rmtree's onerror receives sys.exc_info()-style triples.
    return (type(err), err, err.__traceback__)


def _rmtree_inner(path, onerror):
    try:
        entries = posix._scandir(path)
    except OSError as err:
        onerror(os.scandir, path, _exc_info(err))
        return
    for name, d_type, _ in entries:
        fullname = os.path.join(path, name)
        if d_type == 4:
            is_dir = True
        elif d_type == 0:
            try:
                is_dir = (posix.lstat(fullname)[0] & 0o170000) == 0o040000
            except OSError:
                is_dir = False
        else:
            is_dir = False
        if is_dir:
            _rmtree_inner(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                onerror(os.unlink, fullname, _exc_info(err))
    try:
        os.rmdir(path)
    except OSError as err:
        onerror(os.rmdir, path, _exc_info(err))


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    path = os.fspath(path)
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        onerror(os.path.islink, path, _exc_info(err))
        return
    _rmtree_inner(path, onerror)


def _basename(path):
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    src = os.fspath(src)
    dst = os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself"
                            " '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function,
                     symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free bytes of the file system holding path; free is
    what an unprivileged user may use."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(fn, mode):
    return (os.path.exists(fn) and os.access(fn, mode)
            and not os.path.isdir(fn))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    path = os.fspath(path)
    path = path.split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None


# --- archives ---------------------------------------------------------------

class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A problem with the archive format registries."""


_TAR_COMPRESSION = {'tar': '', 'gztar': 'gz', 'bztar': 'bz2', 'xztar': 'xz'}
_TAR_EXTENSION = {'': '.tar', 'gz': '.tar.gz', 'bz2': '.tar.bz2',
                  'xz': '.tar.xz'}
_ARCHIVE_DESCRIPTIONS = {
    'zip': 'ZIP file', 'tar': 'uncompressed tar file',
    'gztar': "gzip'ed tar-file", 'bztar': "bzip2'ed tar-file",
    'xztar': "xz'ed tar-file",
}
_UNPACK_EXTENSIONS = {
    'zip': ['.zip'], 'tar': ['.tar'], 'gztar': ['.tar.gz', '.tgz'],
    'bztar': ['.tar.bz2', '.tbz2'], 'xztar': ['.tar.xz', '.txz'],
}


def get_archive_formats():
    """(name, description) of each format make_archive writes."""
    return sorted(_ARCHIVE_DESCRIPTIONS.items())


def get_unpack_formats():
    """(name, extensions, description) of each format unpack_archive
    reads."""
    return [(name, _UNPACK_EXTENSIONS[name], _ARCHIVE_DESCRIPTIONS[name])
            for name in sorted(_ARCHIVE_DESCRIPTIONS)]


def _make_tarball(base_name, base_dir, compress, root_dir, owner, group,
                  dry_run, logger):
    import tarfile
    archive_name = base_name + _TAR_EXTENSION[compress]
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
    if logger is not None:
        logger.info('Creating tar archive')

    def _set_uid_gid(tarinfo):
        if owner is not None:
            tarinfo.uname = owner
        if group is not None:
            tarinfo.gname = group
        return tarinfo

    if not dry_run:
        mode = 'w:' + compress if compress else 'w'
        with tarfile.open(archive_name, mode) as tar:
            arcname = base_dir
            if root_dir is not None:
                base_dir = os.path.join(root_dir, base_dir)
            tar.add(base_dir, arcname, filter=_set_uid_gid)
    return archive_name


def _make_zipfile(base_name, base_dir, root_dir, dry_run, logger):
    import zipfile
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it",
                    zip_filename, base_dir)
    if dry_run:
        return zip_filename
    with zipfile.ZipFile(zip_filename, "w",
                         compression=zipfile.ZIP_DEFLATED) as zf:
        arcname = os.path.normpath(base_dir)
        if root_dir is not None:
            base_dir = os.path.join(root_dir, base_dir)
        base_dir = os.path.normpath(base_dir)
        if arcname != os.curdir:
            zf.write(base_dir, arcname)
        for dirpath, dirnames, filenames in os.walk(base_dir):
            arcdirpath = dirpath
            if root_dir is not None:
                arcdirpath = os.path.relpath(arcdirpath, root_dir)
            arcdirpath = os.path.normpath(arcdirpath)
            for name in sorted(dirnames):
                path = os.path.join(dirpath, name)
                zf.write(path, os.path.join(arcdirpath, name))
            for name in filenames:
                path = os.path.normpath(os.path.join(dirpath, name))
                if os.path.isfile(path):
                    zf.write(path, os.path.join(arcdirpath, name))
    return zip_filename


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Archives base_dir (relative to root_dir; both default to the
    current directory) as base_name + the format's extension ('zip',
    'tar', 'gztar', 'bztar', 'xztar'); returns the archive's name."""
    if format not in _ARCHIVE_DESCRIPTIONS:
        raise ValueError("unknown archive format '%s'" % format)
    base_name = os.fspath(base_name)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        base_name = os.path.abspath(base_name)
    if base_dir is None:
        base_dir = os.curdir
    base_dir = os.fspath(base_dir)
    if format == 'zip':
        return _make_zipfile(base_name, base_dir, root_dir, dry_run, logger)
    return _make_tarball(base_name, base_dir, _TAR_COMPRESSION[format],
                         root_dir, owner, group, dry_run, logger)


def _find_unpack_format(filename):
    for name in sorted(_UNPACK_EXTENSIONS):
        for extension in _UNPACK_EXTENSIONS[name]:
            if filename.endswith(extension):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Extracts an archive into extract_dir (the current directory by
    default); the format comes from the file name unless given."""
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        format = _find_unpack_format(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_EXTENSIONS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    if format == 'zip':
        import zipfile
        if not zipfile.is_zipfile(filename):
            raise ReadError("%s is not a zip file" % filename)
        with zipfile.ZipFile(filename) as zf:
            for info in zf.infolist():
                name = info.filename
                # Nothing is written outside extract_dir.
                if name.startswith('/') or '..' in name.split('/'):
                    continue
                target = os.path.join(extract_dir, *name.split('/'))
                if not target:
                    continue
                if name.endswith('/'):
                    os.makedirs(target, exist_ok=True)
                    continue
                dirname = os.path.dirname(target)
                if dirname and not os.path.isdir(dirname):
                    os.makedirs(dirname)
                with open(target, 'wb') as f:
                    f.write(zf.read(name))
        return None
    import tarfile
    try:
        tar = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError(
            "%s is not a compressed or uncompressed tar file" % filename)
    try:
        tar.extractall(extract_dir)
    finally:
        tar.close()
    return None
