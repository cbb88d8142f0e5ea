/**
 * The messages WSL prints for some catalog errors, in every language at hand, so that an error
 * printed WITHOUT a code (older inbox builds print only the localized message, e.g. the kernel
 * update notice with its link and no `Error code:` line) still finds its catalog entry
 * (error-message.ts). Current texts: microsoft/WSL localization/strings/<locale>/Resources.resw at
 * 3e27a6a50177ce4e32e72f7b957aef5db5768062 (MIT), the 22 locales of the shared docs data file
 * wsl-localized-strings.json, verbatim; a unit test keeps them equal to that file. Older
 * wordings come from real outputs, each with where it was seen. `{}` is WSL's placeholder.
 */

/** The message texts of one catalog entry. */
export interface WslErrorMessageSet {
  /** The catalog symbol (error-catalog-data.ts) these texts mean. */
  symbol: string;
  /**
   * `aka.ms/…` links printed with the message: the same in every language, so a second signal
   * when the text itself is garbled or in a wording not listed here. `alone`: the link is
   * enough by itself, because WSL prints it with this message only; otherwise it only backs a
   * text match (aka.ms/wsl2kernel also ends the automatic-updates notice of `wsl --status`).
   */
  links: readonly { href: string; alone: boolean }[];
  /** The Resources.resw key of `texts`, or null when the message is not WSL's own resource. */
  resource: string | null;
  /** Locale → text, from the resources. */
  texts: Readonly<Record<string, string>>;
  /** Wordings of older releases (or of Windows' own message table), each with its source. */
  older: readonly { locale: string; text: string; source: string }[];
}

export const WSL_ERROR_MESSAGES: readonly WslErrorMessageSet[] = [
  {
    symbol: 'HCS_E_HYPERV_NOT_INSTALLED',
    links: [{ href: 'aka.ms/enablevirtualization', alone: true }, { href: 'aka.ms/wsl2-install', alone: false }],
    resource: 'MessageEnableVirtualization',
    texts: {
      "cs-CZ": "WSL2 nelze spustit, protože na tomto počítači není povolena virtualizace.\nUjistěte se, že je povolena volitelná součást „Virtual Machine Platform“ a že je virtualizace zapnutá v nastavení firmwaru vašeho počítače.\n\nPovolte „Virtual Machine Platform“ spuštěním: wsl.exe --install --no-distribution\n\nDalší informace najdete na https://aka.ms/enablevirtualization",
      "da-DK": "WSL2 kan ikke starte, da virtualisering ikke er aktiveret på denne maskine.\nKontrollér, at den valgfri komponent \"Virtuel maskinplatform\" er aktiveret, og at virtualisering er slået til i computerens firmwareindstillinger.\n\nAktivér \"Virtuel maskinplatform\" ved at køre: wsl.exe --install --no-distribution\n\nSe https://aka.ms/enablevirtualization for at få mere at vide",
      "de-DE": "WSL2 kann nicht gestartet werden, da die Virtualisierung auf diesem Computer nicht aktiviert ist.\nStellen Sie sicher, dass die optionale Komponente „VM-Plattform“ aktiviert ist und die Virtualisierung in den Firmwareeinstellungen Ihres Computers eingeschaltet ist.\n\nAktivieren Sie „VM-Plattform“, indem Sie folgenden Befehl ausführen: wsl.exe --install --no-distribution\n\nWeitere Informationen finden Sie unter https://aka.ms/enablevirtualization",
      "en-GB": "WSL2 is unable to start since virtualisation is not enabled on this machine.\nPlease ensure the \"Virtual Machine Platform\" optional component is enabled and virtualisation is turned on in your computer's firmware settings.\n\nEnable \"Virtual Machine Platform\" by running: wsl.exe --install --no-distribution\n\nFor information please visit https://aka.ms/enablevirtualization",
      "en-US": "WSL2 is unable to start since virtualization is not enabled on this machine.\nPlease ensure the \"Virtual Machine Platform\" optional component is enabled and virtualization is turned on in your computer's firmware settings.\n\nEnable \"Virtual Machine Platform\" by running: wsl.exe --install --no-distribution\n\nFor information please visit https://aka.ms/enablevirtualization",
      "es-ES": "WSL2 no se puede iniciar porque la virtualización no está habilitada en esta máquina.\nAsegúrate de que el componente opcional \"Plataforma de máquina virtual\" esté habilitado y de que la virtualización esté activada en la configuración de firmware del equipo.\n\nHabilitar \"Plataforma de máquina virtual\" ejecutando: wsl.exe --install --no-distribution\n\nPara obtener información, visite https://aka.ms/enablevirtualization",
      "fi-FI": "WSL2 ei käynnisty, koska virtualisointi ei ole käytössä tässä koneessa.\nVarmista, että valinnainen Virtuaalikonealusta on otettu käyttöön ja virtualisointi on aktivoitu tietokoneen laiteohjelmistoasetuksissa.\n\nOta Virtuaalikonealusta käyttöön suorittamalla: wsl.exe --install --no-distribution\n\nLisätietoja löytyy osoitteesta https://aka.ms/enablevirtualization",
      "fr-FR": "WSL2 ne peut pas démarrer, car la virtualisation n’est pas activée sur cet ordinateur.\nVérifiez que le composant facultatif « Plateforme d’ordinateur virtuel » est activé et que la virtualisation est activée dans les paramètres du microprogramme de votre ordinateur.\n\nActiver « Plateforme d’ordinateur virtuel » en exécutant : wsl.exe --install --no-distribution\n\nPour plus d’informations, visitez https://aka.ms/enablevirtualization",
      "hu-HU": "A WSL2 nem indítható el, mert a virtualizáció nincs engedélyezve ezen a gépen.\nGyőződjön meg arról, hogy a „Virtuálisgép-platform” választható összetevő engedélyezve van, és a virtualizáció be van kapcsolva a számítógép firmware-beállításaiban.\n\nA „Virtuálisgép-platform” engedélyezéséhez futtassa a következőt: wsl.exe --install --no-distribution\n\nTovábbi információért látogasson el ide: https://aka.ms/enablevirtualization",
      "it-IT": "Impossibile avviare WSL2 perché la virtualizzazione non è abilitata in questo computer.\nVerificare che il componente facoltativo \"Piattaforma macchina virtuale\" sia abilitato e che la virtualizzazione sia attivata nelle impostazioni del firmware del computer.\n\nAbilitare \"Virtual Machine Platform\" eseguendo: wsl.exe --install --no-distribution\n\nPer informazioni, visitare https://aka.ms/enablevirtualization",
      "ja-JP": "このコンピューターで仮想化が有効になっていないため、WSL2 を開始できません。\n[仮想マシン プラットフォーム] オプション　コンポーネントが有効になっており、コンピューターのファームウェア設定で仮想化がオンになっていることを確認してください。\n\n次のコマンドを実行して [仮想マシン プラットフォーム] を有効にします: wsl.exe --install --no-distribution\n\n詳細については、https://aka.ms/enablevirtualization をご覧ください",
      "ko-KR": "가상화가 활성화되지 않은 이 컴퓨터에서는 WSL2를 시작할 수 없습니다.\n컴퓨터의 펌웨어 설정에서 ‘가상 머신 플랫폼’ 선택적 구성 요소가 활성화되고, 가상화가 켜져 있는지 확인하세요.\n\n‘가상 머신 플랫폼’을 활성화기 위해 다음 명령 실행: wsl.exe --install --no-distribution\n\n자세한 내용을 알아보려면 https://aka.ms/enablevirtualization을 방문하세요.",
      "nb-NO": "WSL2 kan ikke starte fordi virtualisering ikke er aktivert på denne maskinen.\nKontroller at den valgfrie komponenten Virtual Machine Platform er aktivert, og at virtualisering er aktivert i datamaskinens fastvareinnstillinger.\n\nAktiver Virtual Machine Platform ved å kjøre: wsl.exe --install --no-distribution\n\nHvis du vil ha mer informasjon, kan du gå til https://aka.ms/enablevirtualization",
      "nl-NL": "WSL2 kan niet worden gestart omdat virtualisatie niet is ingeschakeld op deze machine.\nZorg dat het optionele onderdeel 'Platform voor virtuele machine' is ingeschakeld en dat virtualisatie aanstaat in de firmware-instellingen van je computer.\n\nSchakel 'Platform voor virtuele machine' in door het volgende uit te voeren: wsl.exe --install --no-distribution\n\nMeer informatie vind je op https://aka.ms/enablevirtualization",
      "pl-PL": "Nie można uruchomić protokołu WSL2, ponieważ wirtualizacja nie jest włączona na tej maszynie.\nUpewnij się, że składnik opcjonalny \"Platforma maszyny wirtualnej\" jest włączony i że wirtualizacja jest włączona w ustawieniach oprogramowania układowego komputera.\n\nWłącz platformę maszyny wirtualnej, uruchamiając polecenie: wsl.exe --install --no-distribution\n\nAby uzyskać informacje, odwiedź https://aka.ms/enablevirtualization",
      "pt-BR": "O WSL2 não pode ser iniciado porque a virtualização não está habilitada nesta máquina.\nVerifique se o componente opcional \"Plataforma da Máquina Virtual\" está habilitado e se a virtualização está ativada nas configurações de firmware do computador.\n\nHabilitar a \"Plataforma da Máquina Virtual\" executando: wsl.exe --install --no-distribution\n\nPara obter informações, visite https://aka.ms/enablevirtualization",
      "pt-PT": "O WSL2 não consegue iniciar porque a virtualização não está ativada nesta máquina.\nCertifique-se de que o componente opcional \"Plataforma de Máquina Virtual\" está ativado e a virtualização está ligada nas definições de firmware do seu computador.\n\nAtive a \"Plataforma de Máquina Virtual\" ao executar: wsl.exe --install --no-distribution\n\nPara obter informações, visite https://aka.ms/enablevirtualization",
      "ru-RU": "Не удалось запустить WSL2, так как на этом компьютере не включена виртуализация.\nУбедитесь, что дополнительный компонент \"Платформа виртуальной машины\" включен и виртуализация включена в параметрах встроенного ПО компьютера.\n\nВключите \"Платформу виртуальной машины\", выстроив команду: wsl.exe --install --no-distribution\n\nДополнительные сведения см. в https://aka.ms/enablevirtualization",
      "sv-SE": "Det går inte att starta WSL2 eftersom virtualisering inte är aktiverat på den här datorn.\nKontrollera att den valfria komponenten Virtual Machine Platform är aktiverad och att virtualisering är aktiverat i datorns inställningar för inbyggd programvara.\n\nAktivera Virtual Machine Platform genom att köra: wsl.exe --install --no-distribution\n\nMer information finns på https://aka.ms/enablevirtualization",
      "tr-TR": "Sanallaştırma bu makinede etkinleştirilmediği için WSL2 başlatılamıyor.\nLütfen \"Sanal Makine Platformu\" isteğe bağlı bileşeninin etkinleştirildiğinden ve sanallaştırmanın bilgisayarınızın üretici yazılımı ayarlarında açık olduğundan emin olun.\n\n\"Sanal Makine Platformu\" seçeneğini şu komutu çalıştırarak etkinleştirin: wsl.exe --install --no-distribution\n\nBilgi için lütfen şu adresi ziyaret https://aka.ms/enablevirtualization",
      "zh-CN": "WSL2 无法启动，因为此计算机上未启用虚拟化。\n请确保计算机固件设置中“虚拟机平台”可选组件已启用，且虚拟化已开启。\n\n通过运行以下命令启用“虚拟机平台”: wsl.exe --install --no-distribution\n\n有关信息，请访问 https://aka.ms/enablevirtualization",
      "zh-TW": "WSL2 無法啟動，因為此機未啟用虛擬化。\n請確保您的電腦韌體設定中啟用了「虛擬機平台」這個選用元件，並且虛擬化功能已開啟。\n\n啟用「虛擬機器平台」時，執行： wsl.exe --install --no-distribution\n\n詳情請造訪 https://aka.ms/enablevirtualization",
    },
    older: [
      {
        locale: 'en',
        text: 'Please enable the Virtual Machine Platform Windows feature and ensure virtualization is enabled in the BIOS.\nFor information please visit https://aka.ms/wsl2-install',
        source: 'https://github.com/microsoft/WSL/issues/4709 (distro launcher before WSL 1.0; shared real-outputs wsl-error/10.txt)',
      },
    ],
  },
  {
    symbol: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND',
    links: [{ href: 'aka.ms/wslstore', alone: true }],
    resource: 'MessageNoDefaultDistro',
    texts: {
      "cs-CZ": "Subsystém Windows pro Linux nemá žádné nainstalované distribuce.\nTento problém můžete vyřešit tak, že nainstalujete distribuci s následujícími pokyny:\n\nSeznam dostupných distribucí zobrazíte pomocí wsl.exe --list --online' .\na wsl.exe --install <Distro>.",
      "da-DK": "Windows-undersystem til Linux har ingen installerede distributioner.\nDu kan løse problemet ved at installere en distribution ved hjælp af nedenstående vejledning:\n\nBrug 'wsl.exe --list --online' til at få vist tilgængelige distributioner\nog \"wsl.exe --install <Distro>\" for at installere.",
      "de-DE": "Windows-Subsystem für Linux verfügt über keine installierten Distributionen.\nSie können dies beheben, indem Sie eine Distribution mit den folgenden Anweisungen installieren:\n\n\"wsl.exe --list --online' zum Auflisten verfügbarer Distributionen verwenden\nund \"wsl.exe --install <Distro>\".",
      "en-GB": "Windows Subsystem for Linux has no installed distributions.\nYou can resolve this by installing a distribution with the instructions below:\n\nUse 'wsl.exe --list --online' to list available distributions\nand 'wsl.exe --install <Distro>' to install.",
      "en-US": "Windows Subsystem for Linux has no installed distributions.\nYou can resolve this by installing a distribution with the instructions below:\n\nUse 'wsl.exe --list --online' to list available distributions\nand 'wsl.exe --install <Distro>' to install.",
      "es-ES": "Subsistema de Windows para Linux no tiene distribuciones instaladas.\nPara resolverlo, instale una distribución con las instrucciones siguientes:\n\nUse 'wsl.exe --list --online' para enumerar las distribuciones disponibles\ny \"wsl.exe --install <Distro>\" para instalar.",
      "fi-FI": "Windows-alijärjestelmä Linuxille ei ole asennettuja jakeluja.\nVoit ratkaista ongelman asentamalla jakelun alla olevien ohjeiden avulla:\n\nNäytä käytettävissä olevien jakeluiden luettelo wsl.exe --list --online' -toiminnolla\nja asenna wsl.exe --install <Distro>.",
      "fr-FR": "Sous-système Windows pour Linux n’a aucune distribution installée.\nVous pouvez résoudre ce problème en installant une distribution avec les instructions ci-dessous :\n\nUtiliser wsl.exe --list --online' pour répertorier les distributions disponibles\net 'wsl.exe --install <Distro>' à installer.",
      "hu-HU": "A Linuxos Windows-alrendszer nem rendelkezik telepített disztribúciókkal.\nA probléma megoldásához telepítsen egy disztribúciót az alábbi utasításokat követve:\n\nA 'wsl.exe --list --online' parancs használatával listázhatja az elérhető disztribúciókat\nés a 'wsl.exe --install <Distro>' parancs használatával végezheti el a telepítést.",
      "it-IT": "sottosistema Windows per Linux non ha distribuzioni installate.\nPer risolvere il problema, installare una distribuzione con le istruzioni seguenti:\n\nUsare 'wsl.exe --list --online' per elencare le distribuzioni disponibili\ne 'wsl.exe --install <Distro>' per l'installazione.",
      "ja-JP": "Linux 用 Windows サブシステムにインストールされているディストリビューションはありません。\nこの問題を解決するには、以下の手順に従ってディストリビューションをインストールしてください:\n\n'wsl.exe --list --online' を使用して利用可能な配布を一覧表示する\nおよび 'wsl.exe --install <Distro>' を使用してインストールしてください。",
      "ko-KR": "Linux용 Windows 하위 시스템 설치된 배포가 없습니다.\n아래 지침에 따라 배포를 설치하여 이 resolve 수 있습니다.\n\n사용 가능한 배포를 나열하려면 'wsl.exe --list --online' 사용\n설치하려면 'wsl.exe --install <Distro>'를 선택하세요.",
      "nb-NO": "Windows-undersystem for Linux har ingen installerte distribusjoner.\nDu kan løse dette ved å installere en distribusjon med instruksjonene nedenfor:\n\nBruk wsl.exe --list --online' til å vise tilgjengelige distribusjoner\nog \"wsl.exe --install <Distro>\" som skal installeres.",
      "nl-NL": "Windows-subsysteem voor Linux heeft geen geïnstalleerde distributies.\nU kunt dit oplossen door een distributie te installeren met de onderstaande instructies:\n\nGebruik 'wsl.exe --list --online' om een lijst te maken van beschikbare distributies\nen 'wsl.exe --install <Distro>' om te installeren.",
      "pl-PL": "Podsystem Windows dla systemu Linux nie ma zainstalowanych dystrybucji.\nMożesz rozwiązać ten problem, instalując dystrybucję z poniższymi instrukcjami:\n\nUżyj wsl.exe --list --online' , aby wyświetlić listę dostępnych dystrybucji\ni \"wsl.exe --install <Distro>\" do zainstalowania.",
      "pt-BR": "Subsistema do Windows para Linux não tem distribuições instaladas.\nVocê pode resolve isso instalando uma distribuição com as instruções abaixo:\n\nUse 'wsl.exe --list --online' para listar distribuições disponíveis\ne 'wsl.exe --install <Distro>' para instalar.",
      "pt-PT": "Subsistema Windows para Linux não tem distribuições instaladas.\nPode resolver este problema instalando uma distribuição com as instruções abaixo:\n\nUtilizar \"wsl.exe --list --online' para listar as distribuições disponíveis\ne \"wsl.exe --install <Distro>\" para instalar.",
      "ru-RU": "подсистема Windows для Linux не имеет установленных дистрибутивов.\nЧтобы устранить эту проблему, установите дистрибутив с инструкциями ниже:\n\nИспользуйте \"wsl.exe --list --online' для перечисления доступных дистрибутивов\nи \"wsl.exe --install <Distro>\" для установки.",
      "sv-SE": "Windows-undersystem för Linux har inga installerade distributioner.\nDu kan lösa detta genom att installera en distribution med anvisningarna nedan:\n\nAnvänd wsl.exe --list --online' för att lista tillgängliga distributioner\noch wsl.exe --install <Distro> att installera.",
      "tr-TR": "Linux için Windows Alt Sistemi'nde yüklü dağıtım yok.\nAşağıdaki talimatları izleyip dağıtım yükkeyerek bu sorunu giderebilirsiniz:\n\nKullanılabilir dağıtımları listelemek için 'wsl.exe --list --online' komutunu kullanın\nDağıtımları yüklemek için 'wsl.exe --install <Distro>' komutunu kullanın.",
      "zh-CN": "适用于 Linux 的 Windows 子系统没有已安装的分发。\n可按照以下说明安装分发来解决此问题:\n\n使用 'wsl.exe --list --online' 列出可用的分发\n和 'wsl.exe --install <Distro>' 进行安装。",
      "zh-TW": "Windows 子系統 Linux 版 沒有已安裝的發佈。\n您可以使用下列指示安裝發佈以解決此問題：\n\n使用 『wsl.exe --list --online' 列出可用的發佈\n和 『wsl.exe --install <Distro>』 來安裝。",
    },
    older: [
      {
        locale: 'en',
        text: 'Windows Subsystem for Linux has no installed distributions.\nDistributions can be installed by visiting the Microsoft Store:\nhttps://aka.ms/wslstore',
        source: 'https://github.com/MicrosoftDocs/WSL/issues/425 (inbox wsl.exe, 2020; shared real-outputs wsl-error/38.txt)',
      },
    ],
  },
  {
    symbol: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED',
    links: [{ href: 'aka.ms/wsl2kernel', alone: false }],
    resource: null,
    texts: {},
    older: [
      {
        locale: 'en',
        text: 'WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel',
        source: 'https://github.com/MicrosoftDocs/WSL/blob/6d44368f3086cbafd8aa74f2faa9473ebe2bafad/WSL/troubleshooting.md ("The actual error for 0x1bc is: …")',
      },
      {
        locale: 'ja',
        text: 'WSL 2 を実行するには、カーネル コンポーネントの更新が必要です。詳細については https://aka.ms/wsl2kernel を参照してください',
        source: 'https://github.com/YUKI-SOKENDAI/YUKI-SOKENDAI/blob/HEAD/WSL2_setup.md (wsl --set-version on Japanese Windows 10)',
      },
    ],
  },
];
