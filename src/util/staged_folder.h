// An output folder replaced whole or not at all. The outputs are written into
// a fresh folder beside the target (TARGET.tmp-PID-RANDOM) and commit() swaps
// it in (an atomic exchange of the two folders where the file system allows
// it, else the old folder renamed aside first); the previous folder is then
// removed, its dotfiles (.git, .nojekyll…) moved into the new one. A failed
// run removes its temporary; a killed run's temporaries are removed (or,
// when the swap was cut in the middle, the previous folder put back) by the
// next run. An existing target holding anything but the outputs `ours`
// recognizes (and dotfiles) is refused: user files are never deleted. A
// folder inside it is accepted when `ours` accepts "NAME/" and every file in
// it ("NAME/FILE").
//
//   StagedFolder out("reports", is_track_output);  // checks; throws InputError
//   out.open();                                    // the temporary folder
//   write_file_atomically(out.path() + "/index.html", html);
//   out.commit();
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace ct {

class StagedFolder {
 public:
  // Removes the stale temporaries of `target`; throws InputError when the
  // target exists and is not a folder, or holds a file `ours` does not
  // accept (its name is in the message).
  StagedFolder(const std::string& target, std::function<bool(const std::string&)> ours);
  ~StagedFolder();  // removes the temporary folder unless committed
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;

  // Creates the temporary folder (and the target's missing parents).
  void open();
  // The temporary folder to write into (after open()).
  std::string path() const { return temp_.string(); }
  // Swaps the written folder in for the target; throws InputError.
  void commit();

 private:
  void refuse_foreign() const;

  std::string shown_;  // the target as given, for messages
  std::filesystem::path target_, temp_;
  std::function<bool(const std::string&)> ours_;
  bool committed_ = false;
};

}  // namespace ct
