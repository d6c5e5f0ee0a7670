# Installs and starts what the build and the tests need on a Debian machine. Sourced by start.sh,
# test.sh and .ci/run; installing needs root (apt-get), everything else works without.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Please install the missing packages as root: $*" >&2; return 1; fi
}

apt_install() {
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Java 17 and what ./mvnw needs to fetch its pinned Maven (.mvn/wrapper/maven-wrapper.properties).
install_build_tools() {
  local missing=()
  command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
  command -v curl >/dev/null || command -v wget >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

mariadb_up() {
  mariadb-admin -uroot -h127.0.0.1 --connect-timeout=2 ping >/dev/null 2>&1 \
    || mysqladmin -uroot -h127.0.0.1 --connect-timeout=2 ping >/dev/null 2>&1
}

# A MariaDB on 127.0.0.1:3306 where root logs in without a password (tests create hailong_test).
ensure_mariadb() {
  if mariadb_up; then return 0; fi
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
  as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do
    if mariadb-admin -uroot --connect-timeout=2 ping >/dev/null 2>&1; then break; fi
    sleep 1
  done
  if ! mariadb_up; then
    # a fresh Debian install lets root in through the socket only: allow TCP with no password,
    # for this local test server
    as_root mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;"
  fi
  mariadb_up || { echo "MariaDB did not start on 127.0.0.1:3306" >&2; return 1; }
}

# Headless Chromium and its driver for the browser tests, and axe-core for their accessibility
# check (installed with npm into survey-api/target/axe).
ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  bash survey-api/src/test/resources/install-axe.sh
}
