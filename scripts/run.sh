#!/usr/bin/env bash
# Installs what is missing, builds build/binhdang, creates the demo database
# data/demo.db the first time, and serves it on http://127.0.0.1:8080
# (BINHDANG_LISTEN=HOST:PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."

listen=${BINHDANG_LISTEN:-127.0.0.1:8080}

echo "==== Dependencies ===="
scripts/install-deps.sh

echo "==== Build ===="
scripts/build.sh --target binhdang

mkdir -p data
if [[ ! -s data/admin-password.txt ]]; then
  (umask 077 && head -c 12 /dev/urandom | base64 | tr -d '/+=' > data/admin-password.txt)
fi
chmod 600 data/admin-password.txt

if [[ ! -f data/demo.db ]]; then
  echo "==== Demo database data/demo.db ===="
  if ! build/binhdang demo --db sqlite:data/demo.db --admin-password-file data/admin-password.txt; then
    rm -f data/demo.db data/demo.db-wal data/demo.db-shm
    echo "run: creating the demo database failed" >&2
    exit 1
  fi
fi

echo
echo "==== Bình Đẳng: http://${listen} ===="
echo "Đăng nhập / Log in: admin / $(cat data/admin-password.txt)"
echo "Các tài khoản mẫu (so.quanly, so.pheduyet, so.capnhat, so.xem, thcs.tanmy, thcs.tanmy.ht, …) dùng cùng mật khẩu."
echo "Xóa data/demo.db để tạo lại dữ liệu mẫu. / Delete data/demo.db to create the demo anew."
echo
exec build/binhdang serve --db sqlite:data/demo.db --listen "$listen"
