# bash completion for clausetrack (installed as
# <prefix>/share/bash-completion/completions/clausetrack).
_clausetrack() {
  local cur prev cmd i
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      track|check|diff|segment|graph|history|export) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done
  case $prev in
    --corpus|--rules|--out) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -o|--output|--baseline) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning info never" -- "$cur")); return ;;
    --jobs|-j|--series|--thread|--entity|--author) return ;;
    --format)
      case $cmd in
        check) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")) ;;
        diff) COMPREPLY=($(compgen -W "text json html docx" -- "$cur")) ;;
        graph) COMPREPLY=($(compgen -W "dot graphml json" -- "$cur")) ;;
        export) COMPREPLY=($(compgen -W "akn" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return ;;
  esac
  local common="--corpus --rules --jobs --help"
  case $cmd in
    "") COMPREPLY=($(compgen -W "track check diff segment graph history export --help --version" -- "$cur")) ;;
    track) COMPREPLY=($(compgen -W "$common --out --quiet --fail-on --graph-full --cache --no-cache" -- "$cur")) ;;
    check)
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$common --format --fail-on --baseline --output --series" -- "$cur"))
      else
        COMPREPLY=($(compgen -f -- "$cur"))
      fi ;;
    diff|segment|history|export)
      local opts="$common --format"
      [[ $cmd == diff ]] && opts+=" --output --author"
      [[ $cmd == export ]] && opts+=" --output"
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
      else
        COMPREPLY=($(compgen -f -- "$cur"))
      fi ;;
    graph) COMPREPLY=($(compgen -W "$common --format --output --series --thread --entity" -- "$cur")) ;;
  esac
}
complete -o filenames -F _clausetrack clausetrack
