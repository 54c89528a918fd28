// StagedFolder: write beside, swap in, clean up what dead runs left.
#include "util/staged_folder.h"

#include <fcntl.h>  // AT_FDCWD
#include <stdio.h>  // renameat2 (glibc)

#include <cerrno>
#include <system_error>

#include "model/error.h"
#include "util/temp_names.h"

namespace ct {

namespace fs = std::filesystem;

namespace {

bool is_dotfile(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Moves the dotfiles of `from` into `to` where `to` has none of that name.
void carry_dotfiles(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  for (fs::directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec)) {
    if (!is_dotfile(it->path())) continue;
    fs::path dest = to / it->path().filename();
    std::error_code e2;
    if (!fs::exists(fs::symlink_status(dest, e2))) fs::rename(it->path(), dest, e2);
  }
}

}  // namespace

StagedFolder::StagedFolder(const std::string& target, std::function<bool(const std::string&)> ours)
    : shown_(target), ours_(std::move(ours)) {
  std::error_code ec;
  // Links resolved: a link to a folder is kept, the folder it names replaced.
  target_ = fs::weakly_canonical(fs::absolute(target), ec);
  if (ec || target_.filename().empty())
    throw InputError("cannot use this path as the output folder", target);
  auto st = fs::status(target_, ec);
  if (fs::exists(st) && !fs::is_directory(st))
    throw InputError("output folder exists and is not a folder", target);
  // What runs that died left: a cut swap is undone (the previous folder put
  // back), any other temporary removed, dotfiles kept.
  for (const StaleTemp& t : stale_temps(target_)) {
    std::error_code e;
    if (t.old && !fs::exists(target_, e)) {
      fs::rename(t.path, target_, e);
      if (!e) continue;
    }
    if (fs::is_directory(fs::symlink_status(t.path, e)) && fs::exists(target_, e))
      carry_dotfiles(t.path, target_);
    fs::remove_all(t.path, e);
  }
  refuse_foreign();
}

StagedFolder::~StagedFolder() {
  if (committed_ || temp_.empty()) return;
  std::error_code ec;
  fs::remove_all(temp_, ec);
}

void StagedFolder::refuse_foreign() const {
  std::error_code ec;
  if (!fs::is_directory(target_, ec)) return;
  for (fs::directory_iterator it(target_, ec), end; !ec && it != end; it.increment(ec)) {
    if (is_dotfile(it->path())) continue;
    std::string name = it->path().filename().string();
    std::error_code e;
    if (fs::is_regular_file(fs::symlink_status(it->path(), e)) && ours_(name)) continue;
    // A folder of ours ("series/") holding only files of ours.
    if (fs::is_directory(fs::symlink_status(it->path(), e)) && ours_(name + "/")) {
      bool all = true;
      for (fs::directory_iterator in(it->path(), e), end2; all && !e && in != end2;
           in.increment(e)) {
        std::string inner = name + "/" + in->path().filename().string();
        std::error_code e2;
        if (!fs::is_regular_file(fs::symlink_status(in->path(), e2)) || !ours_(inner)) {
          throw InputError("output folder holds '" + inner +
                               "', which clausetrack did not write; give an empty or new folder, "
                               "or remove it (the folder is replaced whole by each run)",
                           shown_);
        }
      }
      if (!e) continue;
    }
    throw InputError("output folder holds '" + name +
                         "', which clausetrack did not write; give an empty or new folder, or "
                         "remove it (the folder is replaced whole by each run)",
                     shown_);
  }
  if (ec) throw InputError("cannot read the output folder: " + ec.message(), shown_);
}

void StagedFolder::open() {
  std::error_code ec;
  fs::create_directories(target_.parent_path(), ec);
  for (int attempt = 0; attempt < 5; ++attempt) {
    fs::path p = temp_name(target_);
    if (fs::create_directory(p, ec) && !ec) {
      temp_ = p;
      return;
    }
  }
  throw InputError("cannot create a folder beside the output folder: " + ec.message(), shown_);
}

void StagedFolder::commit() {
  std::error_code ec;
  refuse_foreign();  // a file dropped into the target during the run is not deleted
  if (!fs::exists(fs::symlink_status(target_, ec))) {
    fs::rename(temp_, target_, ec);
    if (ec) throw InputError("cannot move the outputs into place: " + ec.message(), shown_);
    committed_ = true;
    return;
  }
  // The new folder keeps the old one's permissions (a folder made private stays so).
  fs::permissions(temp_, fs::status(target_, ec).permissions(), ec);
  fs::path old;
  if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0) {
    old = temp_;  // the exchange left the previous folder at the temporary's name
  } else {
    // No atomic exchange here (EINVAL: the file system lacks it): the old
    // folder goes aside first; a run killed in between is undone by the next.
    old = temp_name(target_, "old");
    fs::rename(target_, old, ec);
    if (ec) throw InputError("cannot replace the output folder: " + ec.message(), shown_);
    fs::rename(temp_, target_, ec);
    if (ec) {
      std::error_code back;
      fs::rename(old, target_, back);
      throw InputError("cannot move the outputs into place: " + ec.message(), shown_);
    }
  }
  committed_ = true;
  carry_dotfiles(old, target_);
  fs::remove_all(old, ec);
}

}  // namespace ct
