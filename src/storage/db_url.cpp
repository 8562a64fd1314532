#include "storage/store.h"

namespace bd::storage {

Result<DbUrl> parse_db_url(std::string_view url) {
  if (url.starts_with("sqlite:")) {
    std::string path(url.substr(7));
    if (path.starts_with("//")) path.erase(0, 2);
    if (path.empty()) return Error::BadRequest("Thiếu đường dẫn tệp SQLite (sqlite:ĐƯỜNG_DẪN).", "db");
    return DbUrl{Engine::kSqlite, path};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    if (url.find('\'') != std::string_view::npos || url.find(' ') != std::string_view::npos)
      return Error::BadRequest("Địa chỉ PostgreSQL không hợp lệ.", "db");
    return DbUrl{Engine::kPostgres, std::string(url)};
  }
  return Error::BadRequest("Địa chỉ cơ sở dữ liệu phải có dạng sqlite:ĐƯỜNG_DẪN hoặc postgresql://NGƯỜI_DÙNG@MÁY:CỔNG/CSDL.",
                           "db");
}

}  // namespace bd::storage
